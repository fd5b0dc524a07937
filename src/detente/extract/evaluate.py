"""Measure article extraction against gold sets: detente versus bare trafilatura, same files, same run.

Gold sets (development data in ``../shared/data``; each reader takes the set's folder):

* ``trafilatura-eval``: ``evaldata.json``; title exact match, date exact day, body scored with the
  ``with``/``without`` snippets (a ``with`` snippet found is a true positive, missed a false negative; a
  ``without`` snippet found is a false positive), precision/recall/F1 summed over all pages.
* ``htmldate-eval``: ``eval_default.json`` + ``eval_mediacloud_2020.json``; exact publication day
  (pages whose gold date is ``NaN`` are left out).
* ``fundus``: ``ground_truth_flat.jsonl``; title exact match, day of ``publishing_date`` as written, body
  bag-of-words F1 against the joined ``body_paragraphs``, averaged over pages.
* ``kremlin``: ``pages.jsonl`` of kremlin-en-nato-pages; title exact match and exact day.

Titles of both systems and of the gold go through the same :func:`normalize_for_compare` (whitespace incl.
NO-BREAK SPACE, typographic quotes and apostrophes, dashes inside words). A system that gives no answer for
a page scores a miss on it (or, for snippets, finds none of them).

The baseline is trafilatura as shipped: ``bare_extraction(html_bytes, url=url, with_metadata=True)`` with its
title and date taken as they are.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import logging
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detente.extract.article import extract_article
from detente.model import RawDocument
from detente.settings import Settings

logger = logging.getLogger(__name__)

SYSTEMS = ("detente", "trafilatura")


@dataclass(frozen=True, slots=True)
class GoldPage:
    """One page of a gold set with what is known about it."""

    dataset: str
    path: Path
    url: str | None
    title: str | None = None
    date: str | None = None
    with_snippets: tuple[str, ...] = ()
    without_snippets: tuple[str, ...] = ()
    body: str | None = None


@dataclass(frozen=True, slots=True)
class Prediction:
    title: str | None = None
    date: str | None = None
    body: str | None = None


@dataclass(slots=True)
class Tally:
    """Running scores of one system on one set."""

    title_hits: int = 0
    title_total: int = 0
    date_hits: int = 0
    date_total: int = 0
    snippet_tp: int = 0
    snippet_fp: int = 0
    snippet_fn: int = 0
    token_f1: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.title_total:
            out["title_accuracy"] = round(self.title_hits / self.title_total, 4)
            out["title_n"] = self.title_total
        if self.date_total:
            out["date_accuracy"] = round(self.date_hits / self.date_total, 4)
            out["date_n"] = self.date_total
        if self.snippet_tp + self.snippet_fp + self.snippet_fn:
            precision = self.snippet_tp / max(1, self.snippet_tp + self.snippet_fp)
            recall = self.snippet_tp / max(1, self.snippet_tp + self.snippet_fn)
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            out.update(body_precision=round(precision, 4), body_recall=round(recall, 4), body_f1=round(f1, 4))
        if self.token_f1:
            out["body_token_f1"] = round(sum(self.token_f1) / len(self.token_f1), 4)
            out["body_n"] = len(self.token_f1)
        return out


# --- readers ----------------------------------------------------------------------------------------------


def read_html(path: Path) -> bytes:
    """The page's bytes; ``.gz`` files are gunzipped."""
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def _gz_or_plain(folder: Path, name: str) -> Path:
    gz = folder / f"{name}.gz"
    return gz if gz.exists() else folder / name


def _load_json_nan(path: Path) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"), parse_constant=lambda _: None)
    return value


def load_trafilatura_eval(root: Path) -> list[GoldPage]:
    data = _load_json_nan(root / "evaldata.json")
    return [
        GoldPage(
            dataset="trafilatura-eval",
            path=_gz_or_plain(root / "html", item["file"]),
            url=url,
            title=item.get("title") or None,
            date=item.get("date") or None,
            with_snippets=tuple(item.get("with") or ()),
            without_snippets=tuple(item.get("without") or ()),
        )
        for url, item in data.items()
    ]


def load_htmldate_eval(root: Path) -> list[GoldPage]:
    pages: list[GoldPage] = []
    for name, folder in (
        ("eval_default.json", "bbaw_default"),
        ("eval_mediacloud_2020.json", "mediacloud_2020"),
    ):
        for url, item in _load_json_nan(root / name).items():
            date = item.get("date")
            if isinstance(date, str) and date:
                pages.append(
                    GoldPage("htmldate-eval", _gz_or_plain(root / folder, item["file"]), url, date=date)
                )
    return pages


def load_fundus(root: Path) -> list[GoldPage]:
    pages = []
    for line in (root / "ground_truth_flat.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        pages.append(
            GoldPage(
                dataset="fundus",
                path=root / item["file"],
                url=item.get("url"),
                title=item.get("title") or None,
                date=(item.get("publishing_date") or "")[:10] or None,
                body="\n".join(item.get("body_paragraphs") or ()) or None,
            )
        )
    return pages


def load_kremlin(root: Path) -> list[GoldPage]:
    pages = []
    for line in (root / "pages.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            pages.append(
                GoldPage(
                    "kremlin", root / item["file"], item.get("url"), title=item["title"], date=item["date"]
                )
            )
    return pages


DATASETS: dict[str, tuple[tuple[str, ...], Callable[[Path], list[GoldPage]]]] = {
    "trafilatura-eval": (("data", "extraction", "trafilatura-eval"), load_trafilatura_eval),
    "htmldate-eval": (("data", "extraction", "htmldate-eval"), load_htmldate_eval),
    "fundus": (("data", "extraction", "fundus-parser-testdata"), load_fundus),
    "kremlin": (("data", "corpora", "kremlin-en-nato-pages"), load_kremlin),
}
"""Set name -> (path parts under ``../shared``, reader)."""


def load_dataset(name: str, shared: Path, *, step: int = 1) -> list[GoldPage]:
    """The pages of one set; with ``step`` > 1 every ``step``-th page (a fixed, deterministic subset)."""
    parts, reader = DATASETS[name]
    pages = reader(shared.joinpath(*parts))
    return pages[::step]


# --- systems ----------------------------------------------------------------------------------------------


def predict_detente(page: GoldPage, settings: Settings) -> Prediction:
    raw = RawDocument(location=str(page.path), data=read_html(page.path), url=page.url)
    result = extract_article(raw, settings)
    if result.article is None:
        return Prediction()
    article = result.article
    return Prediction(
        title=article.title,
        date=article.published.isoformat() if article.published else None,
        body=article.body,
    )


def predict_trafilatura(page: GoldPage) -> Prediction:
    from trafilatura import bare_extraction

    try:
        doc = bare_extraction(read_html(page.path), url=page.url, with_metadata=True)
    except Exception as exc:  # noqa: BLE001 - the baseline may fail on a page; that page scores a miss
        logger.info("trafilatura failed on %s: %r", page.path, exc)
        return Prediction()
    if doc is None:
        return Prediction()
    return Prediction(
        title=getattr(doc, "title", None), date=getattr(doc, "date", None), body=getattr(doc, "text", None)
    )


def _predict_both(page: GoldPage, settings: Settings) -> tuple[Prediction, Prediction]:
    return predict_detente(page, settings), predict_trafilatura(page)


# --- scoring ----------------------------------------------------------------------------------------------

_QUOTES = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u2010": "-",
        "\u2011": "-",
    }
)
_WS = re.compile(r"\s+")
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
_TOKEN = re.compile(r"\w+", re.UNICODE)


def normalize_for_compare(text: str | None) -> str:
    """Whitespace (incl. NO-BREAK SPACE), typographic quotes and hyphens made uniform, invisible characters
    (soft hyphen, zero-width space) dropped; used for every system and the gold alike."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return _WS.sub(" ", _INVISIBLE.sub("", text)).strip()


def token_f1(predicted: str | None, gold: str) -> float:
    """Bag-of-words F1 between two texts (NFKC-normalised, case-folded word tokens)."""
    pred = Counter(t.casefold() for t in _TOKEN.findall(unicodedata.normalize("NFKC", predicted or "")))
    ref = Counter(t.casefold() for t in _TOKEN.findall(unicodedata.normalize("NFKC", gold)))
    common = sum((pred & ref).values())
    if not common:
        return 0.0
    precision, recall = common / sum(pred.values()), common / sum(ref.values())
    return 2 * precision * recall / (precision + recall)


def score(page: GoldPage, prediction: Prediction, tally: Tally) -> None:
    """Add one page's outcome to ``tally``."""
    if page.title:
        tally.title_total += 1
        if normalize_for_compare(prediction.title) == normalize_for_compare(page.title):
            tally.title_hits += 1
        else:
            tally.misses.append(f"title {page.path.name}: {prediction.title!r} != {page.title!r}")
    if page.date:
        tally.date_total += 1
        if (prediction.date or "")[:10] == page.date[:10]:
            tally.date_hits += 1
        else:
            tally.misses.append(f"date {page.path.name}: {prediction.date!r} != {page.date!r}")
    if page.with_snippets or page.without_snippets:
        text = normalize_for_compare(prediction.body)
        for snippet in page.with_snippets:
            if normalize_for_compare(snippet) in text:
                tally.snippet_tp += 1
            else:
                tally.snippet_fn += 1
        tally.snippet_fp += sum(1 for s in page.without_snippets if text and normalize_for_compare(s) in text)
    if page.body:
        tally.token_f1.append(token_f1(prediction.body, page.body))


def evaluate(
    datasets: Iterable[str],
    shared: Path,
    *,
    settings: Settings | None = None,
    step: int = 1,
    steps: Mapping[str, int] | None = None,
    workers: int = 1,
    keep_misses: bool = False,
) -> dict[str, Any]:
    """Run both systems over the named sets; a dict ``{set: {system: figures}}`` plus run facts.

    ``step`` > 1 scores every ``step``-th page; ``steps`` overrides it per set.
    """
    settings = settings or Settings(progress=False)
    started = dt.datetime.now(dt.UTC)
    report: dict[str, Any] = {"sets": {}}
    for name in datasets:
        set_step = (steps or {}).get(name, step)
        pages = load_dataset(name, shared, step=set_step)
        tallies = {system: Tally() for system in SYSTEMS}
        for page, (mine, theirs) in zip(pages, _run(pages, settings, workers), strict=True):
            score(page, mine, tallies["detente"])
            score(page, theirs, tallies["trafilatura"])
        entry: dict[str, Any] = {"pages": len(pages), "step": set_step}
        for system, tally in tallies.items():
            entry[system] = tally.figures()
            if keep_misses:
                entry[system]["misses"] = tally.misses
        report["sets"][name] = entry
    report["seconds"] = round((dt.datetime.now(dt.UTC) - started).total_seconds(), 1)
    return report


def _run(pages: Sequence[GoldPage], settings: Settings, workers: int) -> list[tuple[Prediction, Prediction]]:
    if workers <= 1:
        return [_predict_both(page, settings) for page in pages]
    chunk = max(1, math.ceil(len(pages) / (workers * 8)))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(_predict_both, pages, [settings] * len(pages), chunksize=chunk))


GOALS = ("body", "title", "date")


def goal_failures(report: dict[str, Any], *, kremlin_floor: float = 0.98) -> list[str]:
    """What breaks the goals: detente >= trafilatura on body, strictly better on title and date, per set;
    kremlin title and date accuracy >= ``kremlin_floor``. Empty when all hold."""
    failures = []
    for name, entry in report["sets"].items():
        mine, theirs = entry["detente"], entry["trafilatura"]
        if name == "kremlin":
            for key in ("title_accuracy", "date_accuracy"):
                if mine.get(key, 0.0) < kremlin_floor:
                    failures.append(f"{name}: {key} {mine.get(key)} < {kremlin_floor}")
            continue
        for key in ("body_f1", "body_token_f1"):
            if key in theirs and mine.get(key, 0.0) < theirs[key]:
                failures.append(f"{name}: {key} {mine.get(key)} < trafilatura {theirs[key]}")
        for key in ("title_accuracy", "date_accuracy"):
            if key in theirs and mine.get(key, 0.0) <= theirs[key]:
                failures.append(f"{name}: {key} {mine.get(key)} not above trafilatura {theirs[key]}")
    return failures
