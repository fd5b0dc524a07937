"""No sentence of the real pages behind the hand-coded gold sets is copied into the repository (s30).

The Kremlin and news gold sets keep only references in ``tests/gold/*.refs.jsonl``; their text is read from
``../shared`` at test time. Example sentences in docstrings, comments, lexicon comments and tests are the
project's own words: no run of eight words of any file the project ships or tests with may match the text of
those pages. The few runs listed in ``_FORMULAS`` are names or set phrases any text would use."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUN = 8
_WORD = re.compile(r"[a-z0-9']+")
_FORMULAS = frozenset({"of the armed forces of the russian federation"})
"""Runs that may stand anywhere: the full name of a state's armed forces in data/actors.toml."""


def _runs(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def _gold_texts(shared_data) -> list[str]:
    script = ROOT / "bench" / "kremlin_gold.py"
    spec = importlib.util.spec_from_file_location("kremlin_gold", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    corpus = shared_data.path("data", "corpora", "kremlin-en-nato-pages")
    texts: list[str] = []
    for refs_path in sorted((ROOT / "tests" / "gold").glob("*.refs.jsonl")):
        refs = [
            json.loads(line) for line in refs_path.read_text(encoding="utf-8").splitlines() if line.strip()
        ]
        records, _ = module.materialise(refs, corpus)
        texts += [r["text"] for r in records]
    return texts


def _shipped_files() -> list[Path]:
    files = [
        *(ROOT / "src").rglob("*.py"),
        *(ROOT / "src").rglob("*.toml"),
        *(ROOT / "tests").rglob("*.py"),
        *(ROOT / "bench").rglob("*.py"),
        *(ROOT / "docs").rglob("*.md"),
        ROOT / "README.md",
        ROOT / "tests" / "gold" / "README.md",
    ]
    return sorted(f for f in files if f.is_file() and f.name != Path(__file__).name)


def test_the_run_check_finds_a_copied_sentence() -> None:
    page = "The two presidents discussed the settlement of the crisis in the east of the country."
    copied = "# as in 'presidents discussed the settlement of the crisis in the east'"
    reworded = "# as in 'the leaders talked about ending the conflict in the eastern regions'"
    assert _runs(page) & _runs(copied)
    assert not _runs(page) & _runs(reworded)


@pytest.mark.shared
def test_no_file_repeats_eight_words_of_the_gold_pages(shared_data) -> None:
    texts = _gold_texts(shared_data)
    assert len(texts) > 2000  # every reference resolved: the check reads the whole of the pages' sentences
    pages = set().union(*(_runs(t) for t in texts)) - _FORMULAS
    found = {}
    for path in _shipped_files():
        hits = _runs(path.read_text(encoding="utf-8", errors="replace")) & pages
        if hits:
            found[str(path.relative_to(ROOT))] = sorted(hits)[:3]
    assert found == {}, f"copied wording of real pages (reword in the project's own words): {found}"
