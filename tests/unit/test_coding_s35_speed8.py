"""s35-speed8: gate words read once per module and first-letter look-aheads must never hide a reading.

The modules whose steps each asked :meth:`WordGates.may` now read the shared scan's words once
(:meth:`WordGates.held`) and test each gate as a set; two more expressions start with a look-ahead of the
first letters of their words; nonevents2 reads the event types held once per filter that ran.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from tests.lookaheads import assert_lookahead_hides_nothing, case_variants

from detente.coding import nonevents2, support2
from detente.coding.wordgates import _UNION, WordGates

_DATE = dt.date(2019, 5, 1)

_LOOKAHEADS = [
    (support2._APPRAISED, r"(?=[psalcrwedmi])"),
    (nonevents2._ASKED_ABOUT, r"(?=[uanqweit])"),
]

_TEXTS = [
    "Putin said China's position on the matter was balanced and constructive.",
    "The approach of Kazakhstan towards the talks is very pragmatic, the minister said.",
    "The mediation of Turkey was considered highly important; its efforts were useful.",
    "Leadership in the region is regarded as responsible and wise.",
    "It is unclear why Kyiv refused to meet; officials asked whether the talks would go ahead.",
    "Reporters wondered how the deal was struck and questions about if it holds remain.",
    "Investigators are investigating whether the drone came from Belarus; no idea how.",
    "Nobody knows; it is not clear if the envoy will explain why he left.",
    "",
    "12345 !!! ...",
]


@pytest.mark.parametrize(("pattern", "lookahead"), _LOOKAHEADS)
def test_lookahead_never_hides_a_match(pattern: re.Pattern[str], lookahead: str) -> None:
    assert assert_lookahead_hides_nothing(pattern, lookahead, _TEXTS) >= 6


def test_lookaheads_find_their_positives() -> None:
    assert len(support2._APPRAISED.findall(" ".join(_TEXTS[:4]))) >= 4
    assert len(nonevents2._ASKED_ABOUT.findall(" ".join(_TEXTS[4:8]))) >= 5


def test_lookaheads_on_long_text() -> None:
    text = "the sides discussed it " * 4_500  # ~100 KB
    assert support2._APPRAISED.search(text) is None
    assert nonevents2._ASKED_ABOUT.search(text) is None


# --- the words read once ---------------------------------------------------------------------------------
_GATES = WordGates()
_TALK = _GATES.gate(["talk", "held"])
_NONE = _GATES.gate(["zzqx"])


@pytest.mark.parametrize(
    "text",
    [
        "Russia held talks with China.",
        "RUSSIA HELD TALKS WITH CHINA.",
        "Russia Held Talks With China.",
        "Ru\u017f\u017fia held \u212aalks.",  # long s and the Kelvin sign: every gate true
        "\u0130stanbul talks",
        "\u0131n the talks",
        "Nothing to see here.",
        "",
        "12345 !!! ...",
        "talk " * 20_000,
    ],
)
def test_held_answers_as_may(text: str) -> None:
    held = _GATES.held(text)
    for gate in (_TALK, _NONE):
        assert (not gate.isdisjoint(held)) == _GATES.may(text, gate)
    _GATES.may("another text", _TALK)  # the shared scan moves on; the words read stay the text's
    assert _GATES.held(text) == held


def test_held_is_necessary() -> None:
    for text in case_variants("Russia held talks with China."):
        assert not _TALK.isdisjoint(_GATES.held(text))
    assert _NONE.isdisjoint(_GATES.held("Russia held talks with China."))


def test_nonevents2_filters_by_types_held() -> None:
    assert nonevents2.settled("", []) == []
    assert nonevents2.settled("It is unclear why the talks failed.", []) == []


# --- the coder with every gate forced open ----------------------------------------------------------------
_CODER_TEXTS = [
    "Putin said China's position on Syria was balanced and constructive.",
    "The mediation of Turkey was highly valued by Russia.",
    "Germany sent weapons and ammunition to Ukraine.",
    "It is unclear why Russia held drills near the border, NATO said.",
    "The Duma adopted the draft law on the return of troops.",
    "Russia will respond to NATO's enlargement, the minister warned.",
    "The two ministers met in Geneva to discuss the treaty.",
    "Russia expelled two diplomats and closed the mission in Brussels.",
    "Moscow said Washington violated its commitments under the treaty.",
    "Russia offered Ukraine a ceasefire, but Kyiv refused.",
    "The sides noted that cooperation is going well and were glad to discuss it.",
    "Russian troops returned to their bases after the exercise.",
]


def _coded(texts: list[str], **kwargs: Any) -> list[Any]:
    from detente.coding.coder import code_sentence

    return [code_sentence(t, date=_DATE, **kwargs) for t in texts]


@pytest.mark.parametrize("kwargs", [{}, {"speaker": "RUS"}])
def test_gates_never_hide_a_reading(monkeypatch: pytest.MonkeyPatch, kwargs: dict[str, Any]) -> None:
    texts = [
        v
        for t in _CODER_TEXTS
        for v in (t, t.upper(), t.title(), t.replace("s", "\u017f"), t.replace("i", "\u0131"))
    ]
    gated = _coded(texts, **kwargs)
    assert sum(bool(g) for g in gated) >= 15  # the texts exercise the readers
    monkeypatch.setattr(WordGates, "may", lambda self, text, gate: True)
    monkeypatch.setattr(WordGates, "held", lambda self, text: _UNION._all)
    assert _coded(texts, **kwargs) == gated


def test_bad_input() -> None:
    from detente.coding.coder import code_sentence

    assert code_sentence("", date=_DATE) == []
    assert code_sentence("123 456 !!! ...", date=_DATE) == []
    assert code_sentence("unclear why the position was balanced " * 2_700, date=_DATE) == []
    assert support2.settled("", [], [], None, lambda *a: None) == []
