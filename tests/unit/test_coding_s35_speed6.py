"""s35-speed6: cheap tests put before expressions and steps must never hide a reading.

Four kinds: a look-ahead of first letters at the head of an expression whose every branch starts with one of
them; an expression anchored at the start run with ``match`` instead of ``search``; words checked (in the
shared word-gate scan or as plain substrings) before an expression or a step that cannot match or change
anything without one of them; and steps that only change events already read, skipped when there are none.
"""

from __future__ import annotations

import datetime as dt
import re
from types import SimpleNamespace
from typing import Any

import pytest
from tests.lookaheads import assert_lookahead_hides_nothing, case_variants

from detente.coding import (
    actors,
    kremlin6,
    kremlin7,
    kremlin8,
    kremlin9,
    kremlin10,
    kremlin11,
    material2,
    news5,
    readouts2,
    subset2,
    support2,
    wire,
    written6,
    written11,
)
from detente.coding.wordgates import WordGates

_DATE = dt.date(2019, 5, 1)

_LOOKAHEADS = [
    (kremlin9._HAD_TALKS, r"(?=[hcmp])"),
    (kremlin9._TALKED_ABOUT, r"(?=[tscdr])"),
    (kremlin9._BROKEN, r"(?=[vbrwgidf])"),
    (written6._GOODS, r"(?=[wamstrdhfjvegpb])"),
    (kremlin11._LAW_GATE, r"(?=[lbsdfcp])"),
    (subset2._DATED, r"(?=[JFMASOND12ly])"),
    (news5._VISIT, r"(?=[doiw])"),
    (news5._TALKS, r"(?=[daf])"),
    (kremlin8._APPRAISED, r"(?=[adcregph])"),
    (actors._LOCATIVE, r"(?=[iantow])"),
]

_TEXTS = [
    "Russia has held intensive talks with China on the matter.",
    "The ministers maintained regular contacts and conducted consultations with their partners.",
    "The President talked at length with the Chancellor; he also spoke about it with Macron.",
    "We discussed this issue with our Turkish colleagues yesterday.",
    "Kyiv has violated its commitments and went back on its word, Moscow said.",
    "They refused to implement the agreements and flouted their obligations.",
    "Germany sent weapons, ammunition and medical supplies; France delivered fuel and tents.",
    "The Duma passed the bill, and the Federation Council approved the law.",
    "In March 2014 the peninsula was annexed; two years ago the sides met, and last month again.",
    "Since 2008 the parliament has debated it every year.",
    "During his visit to China, Putin met Xi; while on a tour to Asia he spoke, in the course of a trip to Laos.",
    "After Merkel's talks with Putin, and following the meeting in Minsk, at the meetings with them, ...",
    "Putin described the Russian-Chinese relations as excellent and gave a high assessment of the cooperation.",
    "The minister highly rated the partnership; both regard the dialogue as very constructive.",
    "in the ",
    "troops stationed throughout the ",
    "Within ",
    "by then the sides",
    "",
    "12345 !!! ...",
]


@pytest.mark.parametrize(("pattern", "lookahead"), _LOOKAHEADS)
def test_lookahead_never_hides_a_match(pattern: re.Pattern[str], lookahead: str) -> None:
    assert_lookahead_hides_nothing(pattern, lookahead, _TEXTS)


def test_lookaheads_find_their_positives() -> None:
    assert kremlin9._HAD_TALKS.search(_TEXTS[0])
    assert kremlin9._TALKED_ABOUT.search(_TEXTS[3])
    assert kremlin9._BROKEN.search(_TEXTS[4]) and kremlin9._BROKEN.search(_TEXTS[5].upper())
    assert written6._GOODS.search(_TEXTS[6])
    assert kremlin11._LAW_GATE.search(_TEXTS[7])
    assert subset2._DATED.search(_TEXTS[8]) and subset2._DATED.search(_TEXTS[9])
    assert len(news5._VISIT.findall(_TEXTS[10])) == 3 and len(news5._TALKS.findall(_TEXTS[11])) == 3
    assert (
        len(kremlin8._APPRAISED.findall(_TEXTS[12])) == 2
        and len(kremlin8._APPRAISED.findall(_TEXTS[13])) == 2
    )


def test_lookaheads_on_long_text() -> None:
    text = "the sides discussed it " * 4_500  # ~100 KB
    assert kremlin9._BROKEN.search(text) is None
    assert subset2._DATED.search(text) is None
    assert len(written6._GOODS.findall("arms and tents " * 7_000)) == 14_000


_ANCHORED_TEXTS = [
    "The two presidents examined the situation in the region.",
    "Later, Russia and Turkey jointly reviewed the progress of the talks.",
    "In discussing the crisis, Russia and Turkey agreed to keep in touch.",
    "While talking about trade, Germany and France noted the figures.",
    "Russia said that the two presidents examined the situation.",
    "",
]


@pytest.mark.parametrize("pattern", [kremlin6._EXAMINED, kremlin7._DISCUSSING])
def test_anchored_match_is_search(pattern: re.Pattern[str]) -> None:
    assert pattern.pattern.startswith("^") and not pattern.flags & re.MULTILINE
    found = 0
    for text in _ANCHORED_TEXTS:
        for variant in case_variants(text):
            got, want = pattern.match(variant), pattern.search(variant)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))
            found += got is not None
    assert found >= 2


# --- words necessary to an expression -------------------------------------------------------------------
_GATES = WordGates()


def _may(text: str, words: frozenset[str]) -> bool:
    return _GATES.may(text, words)


_WORD_TEXTS = [
    "Germany's warm gratitude to France for its help was noted.",
    "Russia’s deep appreciation for Chinese support was stressed.",
    "Chile's contribution is highly valued by the Alliance.",
    "The mediation of Turkey was warmly welcomed by both sides.",
    "Putin highly assessed the work of the Turkish mediators.",
    "The minister positively evaluated the efforts of Kazakhstan.",
    "The deployment makes Europe less safe, the Russian envoy said.",
    "Such steps make the world more dangerous.",
    "This is reckless and provocative, the spokesman said of the drills.",
    "China acted responsibly, and India took a balanced position.",
    "Minsk has done a lot to bring the sides together.",
    "Lavrov said Beijing's position is absolutely correct.",
    "Peskov said the approach of Ankara was well grounded.",
    "Our phone contact was arranged on the initiative of the Italian side, the aide said.",
    "The talks were held at the Turkish side's request.",
    "The two presidents examined the situation in Syria.",
    "Russia and China looked into the matter.",
    "The talks went on for hours.",
    "Defying the Security Council's demand, Russia held the vote.",
    "NATO - In defiance of the ruling, the court met.",
]


def _all_variants(texts: list[str]) -> list[str]:
    return [v for t in texts for v in case_variants(t)]


def test_gate_words_are_necessary() -> None:
    verdict_gate = frozenset(written11._UNSAFE_OR_VERDICT_WORDS)
    stance_nouns = kremlin6._STANCE_NOUNS
    for text in _all_variants(_WORD_TEXTS):
        low = text.lower()
        if support2._OWNED_NOUN.search(text):
            assert _may(text, support2._OWNED_NOUN_GATE)
        if support2._VALUED.search(text):
            assert _may(text, support2._VALUED_GATE)
        if support2._RATED_HIGHLY.search(text):
            assert _may(text, support2._RATED_GATE)
        if written11._UNSAFE.search(text):
            assert _may(text, verdict_gate)
        said = written11._SAID_OF.match(text)
        if said is not None and written11._VERDICT.search(said.group("verdict")):
            assert _may(text, verdict_gate)
        if kremlin10._PRAISED.search(text):
            assert _may(text, kremlin10._PRAISED_GATE)
        if kremlin6._STANCE.search(text):
            assert "said " in text and any(w in text for w in stance_nouns)
        if readouts2.INITIATIVE.search(text):
            assert "side" in text and ("initiative" in text or "request" in text)
        if kremlin6._EXAMINED.search(text):
            assert _may(text, kremlin6._EXAMINED_VERBS)
        if wire._DEFY.match(text):
            assert "Defying" in text or "defiance" in text
        assert low == low  # (every variant is read)


def test_gate_words_find_their_positives() -> None:
    assert support2._OWNED_NOUN.search(_WORD_TEXTS[0]) and support2._OWNED_NOUN.search(_WORD_TEXTS[1])
    assert support2._VALUED.search(_WORD_TEXTS[2]) and support2._VALUED.search(_WORD_TEXTS[3])
    assert support2._RATED_HIGHLY.search(_WORD_TEXTS[4]) and support2._RATED_HIGHLY.search(_WORD_TEXTS[5])
    assert written11._UNSAFE.search(_WORD_TEXTS[6]) and written11._UNSAFE.search(_WORD_TEXTS[7])
    assert written11._SAID_OF.match(_WORD_TEXTS[8])
    assert kremlin10._PRAISED.search(_WORD_TEXTS[9]) and kremlin10._PRAISED.search(_WORD_TEXTS[10])
    assert kremlin6._STANCE.search(_WORD_TEXTS[11]) and kremlin6._STANCE.search(_WORD_TEXTS[12])
    assert readouts2.INITIATIVE.search(_WORD_TEXTS[13]) and readouts2.INITIATIVE.search(_WORD_TEXTS[14])
    assert kremlin6._EXAMINED.search(_WORD_TEXTS[15]) and kremlin6._EXAMINED.search(_WORD_TEXTS[16])
    assert kremlin6._EXAMINED.search(_WORD_TEXTS[17]) is None
    assert wire._DEFY.match(_WORD_TEXTS[18]) and wire._DEFY.match(_WORD_TEXTS[19])


def test_sayer_answer_follows_the_text() -> None:
    texts = ["Russia said it acted.", "Russia acted.", "Russia acted.", "NATO noted it.", "Nothing here."]
    for text in texts * 2:
        assert kremlin10._names_sayer(text) == (kremlin10._SAYING.search(text) is not None)


# --- steps that only change events already read -----------------------------------------------------------
def _view(text: str) -> Any:
    return SimpleNamespace(text=text, units=[], participants=(), speaker=None, reported_meeting=False)


def test_steps_without_events_give_none() -> None:
    texts = [
        "Putin conveyed his greetings to the President and asked him to pass them on.",
        "The sides discussed the situation in Ukraine and Syria.",
        "The virus prevented us from meeting in May.",
        "A promising start was made.",
        "Russia denied any plans to attack Ukraine.",
        "Russian troops were sent back to their bases.",
    ]
    for text in texts:
        view = _view(text)
        assert kremlin7._greeting_requests(view, []) == []
        assert kremlin7.topic_sides(view, []) == []
        assert kremlin7._unmet(view, []) == []
        assert kremlin7.adjectival_promise(view, []) == []
        assert material2.moved_forces(text, [], [], None, None) == []
        assert written11.plans_denied(text, []) == []
        assert kremlin11.without_partnership_foreseen("I am confident that " + text, []) == []


# --- the coder with every gate forced open ----------------------------------------------------------------
_CODER_TEXTS = [
    *_WORD_TEXTS,
    "Russia held talks with China on Syria.",
    "Moscow said Washington violated its commitments under the treaty.",
    "Germany sent weapons and ammunition to Ukraine.",
    "The President vetoed the law passed by the Duma.",
    "In March 2014, Russia annexed Crimea, and NATO condemned the move.",
    "NATO held large drills in Estonia, and Russia will respond.",
    "The two ministers met in Geneva to discuss the treaty.",
    "Russia and China have similar views on the Syrian settlement.",
    "Destructive forces are trying to destabilise Belarus, Lukashenko said.",
    "Putin said relations with China are excellent.",
    "We are glad to discuss cooperation with our Chinese partners.",
    "Russia said Kyiv made a grave mistake.",
    "The Kremlin said Ukraine's position is destructive.",
    "Ukraine will not join the alliance, the minister said.",
    "The summit in Madrid was held by NATO leaders.",
]


def _coded(texts: list[str], **kwargs: Any) -> list[Any]:
    from detente.coding.coder import code_sentence

    return [code_sentence(t, date=_DATE, **kwargs) for t in texts]


@pytest.mark.parametrize(
    "kwargs",
    [{}, {"speaker": "RUS"}, {"participants": ("RUS", "CHN"), "reported_meeting": True}],
)
def test_gates_never_hide_a_reading(monkeypatch: pytest.MonkeyPatch, kwargs: dict[str, Any]) -> None:
    texts = [
        v for t in _CODER_TEXTS for v in (t, t.upper(), t.replace("s", "\u017f"), t.replace("i", "\u0131"))
    ]
    gated = _coded(texts, **kwargs)
    assert sum(bool(g) for g in gated) >= 20  # the texts exercise the readers
    monkeypatch.setattr(WordGates, "may", lambda self, text, gate: True)
    monkeypatch.setattr(kremlin10, "_SPEAKER_ONLY", frozenset())
    monkeypatch.setattr(kremlin10, "_SPEAKER_OR_MEETING", frozenset())
    assert _coded(texts, **kwargs) == gated


def test_bad_input() -> None:
    from detente.coding.coder import code_sentence

    assert code_sentence("", date=_DATE) == []
    assert code_sentence("123 456 !!! ...", date=_DATE) == []
    assert code_sentence("talks held drills weapons law " * 3_500, date=_DATE) == []
    assert support2.settled("", [], [], None, lambda *a: None) == []
    assert kremlin10._names_sayer("") is False
