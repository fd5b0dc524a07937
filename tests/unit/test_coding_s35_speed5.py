"""s35-speed5: cheap tests put before expressions must never hide a match.

Two kinds: a look-ahead of first letters put at the head of an expression whose every branch starts with one
of them (the search skips the other places at once), and words checked before a case-sensitive expression
that cannot match without one of them. Each is checked against the expression without its test.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from tests.lookaheads import assert_lookahead_hides_nothing

from detente.coding import (
    kremlin9,
    kremlin11,
    news6,
    nonevents2,
    np4,
    sanction2,
    units,
    wire,
    written7,
    written11,
)
from detente.coding.actors import load_dictionary

_LOOKAHEADS = [
    (units._PARTICIPANTS, r"(?=[bepot])"),
    (kremlin9._FROM_SIDE, r"(?=[wndsear])"),
    (written7._NOW_FREE, r"(?=[hdcaskt])"),
    (written7._DISENGAGED, r"(?=[dwp])"),
    (nonevents2._ADVERB_BACK, r"(?=[dgwcl])"),
    (nonevents2._FOR_WHICH, r"(?=[itwu])"),
    (news6._CALL, r"(?=[afdi])"),
    (written11._ABSORBED, r"(?=[mdai])"),
    (kremlin11._FORESEEN_BEFORE, r"(?=[bt])"),
]

_TEXTS = [
    "The two leaders discussed trade, and both sides agreed to meet again.",
    "Our countries will keep working together; each side has its own view.",
    "Participants in the talks noted progress. The talks focused on energy.",
    "We want clear answers from Washington and expect firm guarantees from the alliance.",
    "Kyiv asked for a written reply from Moscow, and sought assurances from its partners.",
    "The sailors held by the rebels are now free, officials said.",
    "The disengagement of forces near the town was completed last week.",
    "The pull-back of heavy weapons has been carried out.",
    "Their friendship dates back to the war; the tradition goes back further.",
    "A council in which the ministers will consult was set up.",
    "After a phone call with the French President, he left for Minsk.",
    "During his conversation with the Chancellor, the talks went on.",
    "The referendum made the peninsula an integral part of Russia, Kyiv said.",
    "The parliament voted on admitting the region into the Russian Federation.",
    "It will grow through joint work with the new partners",
    "by then the sides",
    "",
    "12345 !!! ...",
]


@pytest.mark.parametrize(("pattern", "lookahead"), _LOOKAHEADS)
def test_lookahead_never_hides_a_match(pattern: re.Pattern[str], lookahead: str) -> None:
    assert_lookahead_hides_nothing(pattern, lookahead, _TEXTS)


def test_lookaheads_find_their_positives() -> None:
    assert units._PARTICIPANTS.search("THE TWO LEADERS met.")
    assert kremlin9._FROM_SIDE.search("We expect clear answers from them.")
    assert written7._NOW_FREE.search("The crew HELD BY the militants were freed.")
    assert written7._DISENGAGED.search("The withdrawal of troops was completed.")
    assert nonevents2._ADVERB_BACK.search("It Goes Back a long way.")
    assert nonevents2._FOR_WHICH.search("a forum IN WHICH the two sides can meet ")
    assert news6._CALL.search("Following a phone call with the Prime Minister, ")
    assert written11._ABSORBED.search("Moscow declared the region part of Russia.")
    assert written11._ABSORBED.search("after ANNEXING the peninsula into Russia")
    assert kremlin11._FORESEEN_BEFORE.search("built through joint ")


def test_lookaheads_on_long_text() -> None:
    text = "the sides discussed " * 5_000  # ~100 KB
    assert len(units._PARTICIPANTS.findall(text)) == 5_000
    assert nonevents2._ADVERB_BACK.search(text) is None


_KEPT_NEAR_TEXTS = [
    "Russian troops remain near the Ukrainian border.",
    "The Belarusian units stayed close to the Polish frontier.",
    "Chinese bombers have stepped up their flights.",
    "The navy ramped   up its patrols.",
    "Russian forces have increased their activity.",
    "The troops remain in their barracks.",
    "Russian troops REMAIN NEAR THE BORDER.",
]


def test_forces_kept_near_words_are_necessary() -> None:
    for text in _KEPT_NEAR_TEXTS:
        if sanction2._KEPT_NEAR.search(text):
            assert "border" in text or "frontier" in text
        if sanction2._MORE_ACTIVE.search(text):
            assert any(w in text for w in sanction2._MORE_ACTIVE_WORDS)
    assert sanction2._KEPT_NEAR.search(_KEPT_NEAR_TEXTS[0])
    assert sanction2._MORE_ACTIVE.search(_KEPT_NEAR_TEXTS[3])


def test_judged_move_nouns_are_necessary() -> None:
    texts = [
        "Moscow closed the consulate, in a move condemned by the European Union.",
        "The talks resumed, a step warmly welcomed by the United Nations.",
        "The sides signed the deal, a decision hailed by both capitals.",
        "The sides signed the deal, a DECISION hailed by both capitals.",
    ]
    for text in texts:
        if wire._JUDGED.search(text):
            assert any(w in text for w in wire._JUDGED_NOUNS)
    assert wire._JUDGED.search(texts[0]) and wire._JUDGED.search(texts[2])
    assert wire._JUDGED.search(texts[3]) is None  # the expression spells its nouns in lower case


def test_one_of_those_without_events() -> None:
    dictionary = load_dictionary()
    date = dt.date(2020, 1, 1)
    assert np4.one_of_those("France was one of the states that backed the plan.", [], dictionary, date) == []
    assert np4.one_of_those("", [], dictionary, date) == []


# --- the steps of written9, written11 and material2, each run only when its gate says it may --------------
_STEP_TEXTS = [
    "Russia will respond with retaliatory measures to the deployment, the Foreign Ministry said.",
    "NATO troops held large drills in Estonia on Monday.",
    "The Crimean parliament declared the peninsula part of Russia.",
    "The Kremlin has always insisted that the treaty was breached by Washington.",
    "Moscow said the door to dialogue with NATO remains open.",
    "We will never accept the expansion of NATO to the east, the minister said.",
    "The deployment makes the whole of Europe less safe, the Russian envoy said of the plan.",
    "Russia and Ukraine exchanged instruments of ratification.",
    "Germany offered to host talks between Russia and Ukraine.",
    "Russia called the expansion of NATO a threat to its security.",
    "The United States will not supply weapons to Ukraine.",
    "Russia urged Washington to stop arms deliveries to Kyiv.",
    "The sanctions that Brussels continues to impose on Russian banks hurt trade.",
    "The delivery of tanks to Poland was completed by Germany.",
    "Russia denied it had plans to attack Ukraine, and troops returned to their bases.",
]


def _step_variants(text: str) -> list[str]:
    return [text, text.upper(), text.replace("s", "\u017f"), text.replace("i", "\u0131")]


def test_step_gates_never_hide_a_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    from detente.coding.coder import code_sentence
    from detente.coding.wordgates import WordGates

    date = dt.date(2019, 5, 1)
    texts = [v for t in _STEP_TEXTS for v in _step_variants(t)]
    gated = [code_sentence(t, date=date) for t in texts]
    monkeypatch.setattr(WordGates, "may", lambda self, text, gate: True)
    assert [code_sentence(t, date=date) for t in texts] == gated


def test_step_gates_find_their_positives() -> None:
    from detente.coding.coder import code_sentence

    date = dt.date(2019, 5, 1)
    assert code_sentence("Germany offered to host talks between Russia and Ukraine.", date=date)
    assert code_sentence("NATO troops held large drills in Estonia on Monday.", date=date)


def test_step_gates_bad_input() -> None:
    from detente.coding.coder import code_sentence

    date = dt.date(2019, 5, 1)
    assert code_sentence("", date=date) == []
    assert code_sentence("123 456 !!!", date=date) == []
    assert code_sentence("offer drills door " * 6_000, date=date) == []
