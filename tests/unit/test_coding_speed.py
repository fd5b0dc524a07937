"""Quick tests in front of the readers (s27-speed): each one only skips a reader that could not have
found anything, so the coder's output is the same with and without them (detente.coding.quick and the
word tests added to the readers' modules)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from detente.coding import (
    approvals,
    bylines,
    capitals,
    encounters,
    kremlin6,
    newsrecall,
    pressers,
    quick,
    readouts2,
    statecraft,
    wire,
)
from detente.coding.coder import code_sentence, load_dictionary
from detente.coding.patterns import canon, tokenize

DAY = dt.date(2022, 5, 10)

# Sentences written for these tests: each reaches one of the gated readers (or just misses it).
SENTENCES = [
    "It is unacceptable that Russia keeps its troops in Moldova, the minister said.",
    "The exercise went ahead despite protests from Poland.",
    "Kyiv said the shelling of the hospital amounts to a war crime.",
    "The annexation drew international condemnation of Russia.",
    "The government in Warsaw faced criticism over its handling of the border.",
    "Germany said it was deeply troubled by Russia's decision to leave the treaty.",
    "We deeply regret the decision of the United States to withdraw from the agreement.",
    "Our response to the deployment of US missiles in Romania will be firm, Moscow warned.",
    "The Kremlin blamed Washington for its refusal to discuss security guarantees.",
    "The offer of talks by NATO is not serious, the Russian envoy said.",
    "The ambassador was summoned amid protests outside the embassy in Tallinn.",
    "Russian diplomats were barred from entering the building.",
    "The delegation arrived in Minsk at the invitation of Belarus.",
    "It was decided to set up a joint commission of Russia and Finland.",
    "The joint statement says that Russia and China will deepen their partnership.",
    "The ministers outlined plans for cooperation between Russia and India.",
    "Lavrov briefed Wang Yi on his trip to the Middle East.",
    "Putin discussed the situation in Syria with Erdogan.",
    "Blinken said the talks with the Russian delegation had been frank.",
    "Talks between Armenia and Azerbaijan are under way in Brussels.",
    "NATO keeps moving its forces closer to Russia's borders.",
    "Germany is a reliable partner of France, the chancellor said.",
    "Kazakhstan has done a great deal for the settlement in Syria, Putin said.",
    "The presidents stressed the need to strengthen cooperation between Russia and Vietnam.",
    "A joint working group would be set up by Russia and Turkey.",
    "We are ready to work with all countries that respect international law, Putin said.",
    "I am pleased to welcome you to Moscow, Mr President.",
    "Speaking at a meeting with Xi Jinping, Putin praised the ties between Russia and China.",
    "Russia will deploy Iskander missiles in Kaliningrad in response to US missile defence.",
    "Security in Europe cannot be built without Russia's participation.",
    "Russia considers China a reliable partner.",
    "The positions of Russia and India on the matter coincide.",
    "The agenda of the talks between Russia and Egypt included trade.",
    "Russia welcomed the efforts of Qatar to broker a truce between Israel and Hamas.",
    "Turkey closed its airspace to Russian planes, citing Russia's strikes on Syrian towns.",
    "A British aid worker was detained in Iran.",
    "Moscow protested against the detention of two Russian citizens by the Estonian border guards.",
    "Russia and Belarus are convinced that their cooperation must grow further.",
    "Russian and Norwegian coast guards searched for the missing crew jointly.",
    "Macron scrapped the fuel tax increase, bowing to pressure from the protesters.",
    "The two presidents met in Geneva and the meeting went well.",
    "Two teenagers were stabbed outside a nightclub on Saturday.",
    "In a veiled swipe at Washington, Lavrov praised Beijing.",
    "The last Russian troops left their base in Moldova.",
    "Officers from Afghanistan were trained under a NATO programme.",
    "The court ruled on Monday that Serbia had failed to prevent genocide.",
    "Defying a Security Council demand, North Korea launched a rocket.",
    "NATO and Russia agreed to resume talks, in a move welcomed by Germany.",
    "Rescue teams from Greece and Armenia arrived in Turkey.",
    "Russia expressed full support for Syria.",
    "The talks were held at the initiative of the French side.",
    "Russia rejects and condemns the decision of Lithuania to close the border.",
    "Moscow calls on Kyiv to stop the shelling of Donetsk.",
    "Poland expelled the diplomats because of Russia's violation of the agreement.",
    "Talks useful - Kremlin",
    "NATO will respond to Russia (RT)",
    "Putin hoped that Chile would help expand relations with Russia.",
    "A sentence with no word any reader starts from.",
    "Sunday.",
    "",
]

CONTEXTS: list[dict[str, Any]] = [
    {},
    {"speaker": "RUS"},
    {"participants": ("RUS", "CHN"), "reported_meeting": True, "speaker": "RUS"},
    {"participants": ("RUS", "DEU"), "reported_meeting": True},
]


def _always(*_args: Any, **_kwargs: Any) -> bool:
    return True


def _ungated(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every quick test that a reader could be skipped by answers yes (the readers' own tests stay)."""
    for name in quick.__all__:
        monkeypatch.setattr(quick, name, _always)
    monkeypatch.setattr(newsrecall, "may_read", _always)
    monkeypatch.setattr(encounters, "may_read", _always)
    monkeypatch.setattr(pressers, "may_leave", _always)
    monkeypatch.setattr(pressers, "may_train", _always)
    plain: Callable[..., bool] = statecraft.may_read
    monkeypatch.setattr(statecraft, "may_read", lambda tokens, norms=None: plain(tokens))


def _coding(text: str, context: dict[str, Any]) -> list[Any]:
    return code_sentence(text, date=DAY, **context)


@pytest.mark.parametrize("context", CONTEXTS, ids=["plain", "speaker", "meeting-chn", "meeting-deu"])
def test_the_quick_tests_change_no_coding(monkeypatch: pytest.MonkeyPatch, context: dict[str, Any]) -> None:
    gated = [_coding(text, context) for text in SENTENCES]
    _ungated(monkeypatch)
    assert [_coding(text, context) for text in SENTENCES] == gated


def test_the_sentences_reach_readers() -> None:
    # the comparison above is not empty: many of the sentences code events
    coded = [s for s in SENTENCES if code_sentence(s, date=DAY)]
    assert len(coded) >= 25


def test_every_gate_has_words() -> None:
    for reader, cue_words in quick._START_WORDS.items():
        assert callable(reader)
        assert cue_words and all(isinstance(w, str) and w for w in cue_words)


@pytest.mark.parametrize(
    ("reader", "text", "expected"),
    [
        ("judged_that", "It is shameful that they did it.", True),
        ("judged_that", "That was shameful.", False),
        ("talks_under_way", "The talks are under way.", True),
        ("talks_under_way", "The meeting is under way.", False),
        ("evaluation_praise", "A reliable partner.", True),
        ("evaluation_praise", "A reliable supplier.", False),
    ],
)
def test_quick_may_answers_by_the_start_words(reader: str, text: str, expected: bool) -> None:
    modules = {"judged_that": "statements", "talks_under_way": "exchanges", "evaluation_praise": "statements"}
    fn = next(
        f for f in quick._START_WORDS if f.__name__ == reader and f.__module__.endswith(modules[reader])
    )
    norms = {t.norm for t in tokenize(text)}
    assert quick.may(fn, norms) is expected


def test_statecraft_norm_test_keeps_every_written_form() -> None:
    # a token written as one of the readers' words, in any case, has a norm the quick test knows
    for word in sorted(statecraft._READ_WORDS):
        for form in (word, word.capitalize(), word.upper()):
            tokens = tokenize(form)
            if len(tokens) == 1 and tokens[0].text.lower() == word:
                assert tokens[0].norm in statecraft._READ_NORMS, form
    assert statecraft.may_read(tokenize("The ship sailed."), {"x"}) is False
    assert canon("May") in statecraft._READ_NORMS


def test_newsrecall_quick_test() -> None:
    assert newsrecall.may_read({"two", "were", "stabbed"})
    assert newsrecall.may_read({"swipe", "at"})
    assert not newsrecall.may_read({"talks", "were", "held"})


def test_second_reading_without_a_weekday_or_a_fronted_clause() -> None:
    assert wire.second_reading("The court ruled that Serbia had failed.") is None
    found = wire.second_reading("The court ruled on Monday that Serbia had failed.")
    assert found is not None and found[1] and found[2] == 0
    fronted = wire.second_reading("Defying a demand, North Korea launched a rocket.")
    assert fronted is not None and fronted[2] > 0


def test_readers_with_a_word_test_before_their_regex() -> None:
    dictionary = load_dictionary()
    assert bylines.trailing_credit(dictionary, "Talks were useful and frank - Lavrov", DAY) is not None
    assert bylines.trailing_credit(dictionary, "Talks were useful and frank, Lavrov said", DAY) is None
    assert readouts2.settled("Nothing was asked.", [], ("RUS", "DEU"), True) == []
    assert capitals.settled("Nothing happened here.", [], [], None) == []
    assert kremlin6.settled is not None and approvals.partner_hoped is not None


# --- s28-speed: literal tests before regular expressions, the chunked tokenizer, the caches ---------------


def _pattern_spans(text: str) -> list[tuple[str, int, int]]:
    """The tokenizer's spans as its pattern alone finds them (what the chunked reading must equal)."""
    from detente.coding import patterns

    pattern = patterns._TOKEN if "n'" in text or "n’" in text else patterns._TOKEN_NO_CLITIC
    return [(m.group(), m.start(), m.end()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Russia and NATO held talks.",
        "The U.S. didn't agree; Moscow, however, won't wait.",
        "Kyiv’s forces said: “We can’t retreat”.",
        "In 2015, 1,500 troops (about 3.5%) left — Ukraine's east.",
        "A. B. C.D. e.g., ex-minister's co-operation\u00a0talks\tend\nhere",
        "İstanbul ſtate \u212aelvin ı x̃ ٣ ½ under_score",
    ],
)
def test_chunked_tokenizer_equals_the_pattern(text: str) -> None:
    from detente.coding import patterns

    assert [(t.text, t.start, t.end) for t in patterns._tokens(text)] == _pattern_spans(text)
    assert tokenize(text) == [patterns.Token(w, canon(w), a, b) for w, a, b in _pattern_spans(text)]


def test_tokenize_cache_hands_out_lists_of_their_own() -> None:
    first = tokenize("Russia and Turkey agreed on a ceasefire.")
    first.append(first[0])
    second = tokenize("Russia and Turkey agreed on a ceasefire.")
    assert len(second) == len(first) - 1


def test_canon_spelling_after_the_suffix_tests() -> None:
    assert canon("mobilized") == "mobilised"
    assert canon("organizations") == "organisations"
    assert canon("traveled") == "travelled"
    assert canon("labeling") == "labelling"
    assert canon("fueled") == "fuelled"
    assert canon("sizes") == "sizes"  # "iz" but no -ize suffix: short words are kept
    assert canon("recognized") == "recognised"
    assert canon("filled") == "filled"  # a doubled l stays


def test_match_cache_gives_the_same_mentions_in_a_new_list() -> None:
    dictionary = load_dictionary()
    text = "Vladimir Putin met the Turkish President in Sochi."
    first = dictionary.match(text, date=DAY)
    again = dictionary.match(text, date=DAY)
    assert first == again and first is not again
    assert dictionary.match(text, date=dt.datetime(2022, 5, 10, 12, 0)) == first
    assert dictionary.match("Ms Crabtree-Ireland spoke.", date=DAY) == dictionary.match(
        "Ms Crabtree-Ireland spoke.", date=DAY
    )


def test_kremlin7_word_tests_hold_for_what_the_patterns_match() -> None:
    from detente.coding import kremlin7

    greeted = "The President asked the minister to convey his warm regards to the Emir of Qatar."
    assert kremlin7._GREETED.search(greeted) and kremlin7._may_greet(greeted)
    assert not kremlin7._may_greet("The President thanked the minister for the talks in Doha.")
    for kept in (
        "The pandemic prevented us from meeting in person.",
        "We were unable to meet last spring.",
        "They could not meet in Vienna.",
    ):
        assert kremlin7._KEPT_FROM.search(kept) and kremlin7._may_be_kept(kept), kept
    assert not kremlin7._may_be_kept("The leaders met in Vienna.")
    promising = "They discussed a Promising Area of work."
    assert kremlin7._ADJ_PROMISING.search(promising) and kremlin7._may_promise(promising)
    assert not kremlin7._may_promise("They discussed an area of work.")
    assert kremlin7._may_promise("They discussed a PROMıSING area.")  # a twin letter: searched anyway


def test_wire_and_readout_word_tests() -> None:
    from detente.coding import readoutacts

    for fronted in (
        "Defying a demand by the UN, North Korea launched a rocket.",
        "In defiance of the court order, the mayor reopened the market.",
        "MOSCOW - Citing security concerns, Russia closed the consulate.",
    ):
        assert wire._FRONTED.match(fronted) and wire._may_front(fronted), fronted
    assert not wire._may_front("North Korea launched a rocket, defying a demand.")
    inserted = "Serbia and Hungary, he said, held the same view of the crisis."
    assert readoutacts._SAYER_INSIDE.match(inserted) and readoutacts._may_insert_sayer(inserted)
    assert not readoutacts._may_insert_sayer("Serbia, he said, held the same view as Hungary.")
    assert not readoutacts._may_insert_sayer("Serbia and Hungary, the neighbours, held the same view.")


def test_date_patterns_skipped_only_without_their_words() -> None:
    from detente.coding.eventdates import find_dates

    pub = dt.date(2016, 3, 4)
    texts = {
        "The talks took place on 19 May 2015 in Sochi.": 1,
        "The summit of Sept. 4, 2014 agreed on a plan.": 1,
        "They met on Tuesday (2015-05-19) in Minsk.": 1,
        "They met on 19.05.2015 in Minsk.": 1,
        "They will meet next week, on Monday.": 2,
        "The 12 ministers met in 2015.": 1,
        "The 12 ministers met.": 0,
    }
    for text, n in texts.items():
        assert len(find_dates(text, pub)) == n, text
