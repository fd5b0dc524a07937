"""s36-speed11: the set-up shortcuts of the actor dictionary give what the long way gives."""

from __future__ import annotations

import datetime as dt
import gc
import unicodedata

import pytest

from detente.coding import actors
from detente.coding.coder import code_sentence
from detente.coding.text import freeze_built

FORMS = [
    "Ministry of Foreign Affairs",
    "the Kremlin",
    "Sergei Lavrov",
    "Gerhard Schröder",
    "Lech Wałęsa",
    "Łódź",
    "Søren Østergaard",
    "Đukanović",
    "Straße",
    "İstanbul",
    "Kyiv’s mayor",
    "ﬁnance minister",
    "Ａ",
    "",
]


def _long_way(form: str) -> str:
    decomposed = unicodedata.normalize("NFKD", form.translate(actors._ASCII))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@pytest.mark.parametrize("form", FORMS)
def test_ascii_variant_same_as_the_long_way(form: str) -> None:
    assert actors._ascii_variant(form) == _long_way(form)


@pytest.mark.parametrize("form", FORMS)
def test_capital_offsets_same_as_a_scan(form: str) -> None:
    import itertools

    fast = tuple(itertools.compress(range(len(form)), map(str.isupper, form)))
    assert fast == tuple(i for i, ch in enumerate(form) if ch.isupper())


def test_freeze_built_keeps_coding_and_collection_working() -> None:
    before = gc.get_freeze_count()
    freeze_built()
    assert gc.get_freeze_count() >= before
    events = code_sentence(
        "Moscow condemned the new sanctions imposed by Brussels.", date=dt.date(2016, 3, 1)
    )
    assert isinstance(events, list)
    assert isinstance(gc.collect(), int)


@pytest.mark.parametrize("text", ["", "12345 ... !!!", "word " * 20_000])
def test_bad_input_returns_a_list(text: str) -> None:
    assert isinstance(code_sentence(text, date=dt.date(2016, 3, 1)), list)
