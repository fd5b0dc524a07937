"""Literal pre-checks of s28-speed2: each gate is a necessary condition of the search it guards, so the
coder's output is the same with and without them (:mod:`detente.coding.wordgates`, the gates of
:mod:`detente.coding.kremlin9`, :mod:`detente.coding.kremlin8` and :mod:`detente.coding.news5`)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from detente.coding import kremlin8, kremlin9, news5, text
from detente.coding.coder import code_sentence
from detente.coding.wordgates import WordGates

k9 = kremlin9

# (expression, gate, sentences written for these tests that the expression matches)
K9_CASES: list[tuple[re.Pattern[str], frozenset[str], list[str]]] = [
    (
        k9._HAD_TALKS,
        k9._HAD_TALKS_NOUNS,
        [
            "We have had very substantive talks with the President of France.",
            "I HELD SEVERAL PHONE CALLS WITH the Chancellor.",
            "They held a frank exchange of views with Germany.",
            "We maintain a regular dialogue with India.",
        ],
    ),
    (
        k9._TALKED_ABOUT,
        k9._TALKED_VERBS,
        [
            "We talked about this with the Chinese leader.",
            "I Spoke at length with Mr Macron.",
            "We discussed the matter with Finland.",
        ],
    ),
    (
        k9._DURING,
        k9._DURING_NOUNS,
        [
            "During my recent meetings with the Turkish President, we agreed on grain.",
            "In our telephone conversations with Germany, we raised the issue.",
        ],
    ),
    (k9._TOOK_PART, k9._FORUM_WORDS, ["Russia took part in the Russia-NATO Council meeting."]),
    (k9._RAISED_AT, k9._FORUM_WORDS, ["The issue was raised again at the OSCE summit."]),
    (
        k9._AT_FORUM,
        k9._FORUM_WORDS,
        ["At the meeting with the NATO Secretary General, we discussed Ukraine."],
    ),
    (
        k9._HAD_DISCUSSION,
        k9._HAD_NOUNS,
        ["We had a very good discussion today.", "We have had useful talks."],
    ),
    (k9._RECEIVED, k9._RECEIVED_WORDS, ["The Indian Prime Minister was received at the Kremlin."]),
    (
        k9._GOES_ON,
        k9._GOES_ON_NOUNS,
        ["Our dialogue with Japan continues.", "Our contacts with Iran are ongoing."],
    ),
    (
        k9._CONTACT,
        k9._CONTACT_WORDS,
        ["We are in constant contact with Paris.", "We KEEP IN TOUCH WITH Berlin."],
    ),
    (
        k9._TOLD,
        k9._TOLD_VERBS,
        ["I told the President of Finland about it.", "He briefed Germany on the talks."],
    ),
    (
        k9._EXPLAINED,
        k9._EXPLAINED_VERBS,
        [
            "We explained our position to France.",
            "He set out the Russian approach to Poland.",
        ],
    ),
    (
        k9._HOPE,
        k9._HOPE_WORDS,
        [
            "We hope that Kyiv will withdraw.",
            "I am hoping Ukraine will sign.",
            "We trust Germany will act.",
        ],
    ),
    (
        k9._NEED_FOR,
        k9._NEED_WORDS,
        [
            "Surely it is very important for Ukraine to stop the shelling.",
            "Now it is high time for Europe to act.",
            "We would like France to reconsider.",
            "We want Washington to answer.",
        ],
    ),
    (
        k9._SHOULD,
        k9._SHOULD_WORDS,
        [
            " should stop the shelling",
            " needs to withdraw",
            " has to pay",
            " ought to leave",
        ],
    ),
    (k9._IMPORTANCE_OF, k9._IMPORTANCE_WORDS, ["They stressed the importance of Kyiv's compliance."]),
    (k9._WAITING, k9._WAIT_WORDS, ["We are waiting for Washington to answer."]),
    (k9._INVITE_YOU, k9._INVITE_WORDS, ["I would like to invite you to visit Russia."]),
    (k9._FROM_SIDE, k9._FROM_WORDS, ["We want legally binding guarantees from NATO."]),
    (k9._APPEAL, k9._APPEAL_WORDS, ["I appeal once again to the Ukrainian authorities."]),
    (k9._POLITE, k9._LIKE_WORDS, ["I would like to ask Germany to help."]),
    (
        k9._JUDGED,
        k9._JUDGED_WORDS,
        [
            "Attempts to revise history are absolutely unacceptable.",
            "SUCH STEPS ARE ILLEGITIMATE.",
            "The sanctions were illegal.",
        ],
    ),
    (k9._CONSIDER_BAD, k9._JUDGED_WORDS, ["We consider it counterproductive."]),
    (
        k9._BROKEN,
        k9._BROKEN_WORDS,
        [
            "They violated their promises.",
            "Kyiv has not honoured... Kyiv FAILED TO FULFIL ITS OBLIGATIONS.",
            "The West broke its word.",
            "They ignored the treaty.",
        ],
    ),
    (k9._SHOULD_HAVE, k9._SHOULD_HAVE_WORDS, [" should have stopped", " ought to have known"]),
    (k9._SHOULD_HAVE, k9._HAVE_WORD, [" should have stopped", " ought to have known"]),
    (k9._AGAINST, k9._AGAINST_WORDS, ["We are categorically against it.", "We remain opposed to it."]),
    (
        k9._DISPLEASED,
        k9._DISPLEASED_WORDS,
        [
            "We are not happy with Kyiv.",
            "We are dissatisfied with the answer.",
            "Moscow was displeased by the move.",
        ],
    ),
    (
        k9._NO_SENSE,
        k9._NO_SENSE_WORDS,
        [
            "We see no point in it.",
            "They gave a negative assessment of the plan.",
        ],
    ),
    (
        k9._SEEN_AS,
        k9._SEEN_AS_WORDS,
        [
            "We see the expansion of NATO as a direct threat.",
            "They regard these steps as an unfriendly act.",
        ],
    ),
    (k9._DOUBLE, k9._DOUBLE_WORDS, ["This is a policy of DOUBLE STANDARDS."]),
    (k9._REGRET_LEAD, k9._REGRET_WORDS, ["Unfortunately, our partners chose confrontation."]),
    (k9._UNPUNISHED, k9._UNPUNISHED_WORDS, ["This crime must not go unpunished."]),
    (k9._INADMISSIBLE, k9._INADMISSIBLE_WORDS, ["He noted the inadmissibility of force."]),
    (k9._CALLED_TO, k9._CALL_WORDS, ["He called the world community to unite."]),
    (k9._CEREMONY, k9._ATTEND_WORDS, ["He attended the opening ceremony."]),
    (k9._TO_BE_DISCUSSED, k9._TO_BE_DISCUSSED_WORDS, ["The matter will be discussed later."]),
]

# (expression, check, sentences it matches) for the checks that are functions of the text
FUNCTION_CASES = [
    (
        k9._MENTIONED,
        k9._may_be_mentioned,
        [
            "Thank you very much for your kind invitation.",
            "I would very much like to visit your country.",
            "We'd love to come again.",
            "the initiative to hold a summit",
            "We DO NOT DISCUSS it.",
            "We support dialogue between Armenia and Azerbaijan.",
        ],
    ),
    (
        k9._TIME_MARKER,
        lambda t: t.startswith(k9._TIME_MARKER_STARTS),
        [
            "After the talks, the President left.",
            "Prior to the meeting, the leaders spoke.",
        ],
    ),
    (news5._VISIT, news5._may_visit, ["During his VISIT to China, he met Xi.", "while on a trip to Rome"]),
    (news5._TALKS, news5._may_meet, ["after Macron's talks with Putin", "At the MEETINGS in Geneva"]),
    (
        kremlin8._MATTER,
        lambda t: " of " in t and any(w in t for w in ("importance", "significance", "value")),
        [
            "Relations with China are of great importance for us.",
            "Cooperation with India is of strategic significance to Russia.",
        ],
    ),
    (
        kremlin8._APPRAISED,
        lambda t: any(w in t for w in kremlin8._TIES_WORDS),
        [
            "The leaders assessed relations as excellent.",
            "They gave a high assessment of co-operation with Vietnam.",
            "He positively evaluated the partnership.",
        ],
    ),
]

# texts with none of a gate's words, each close to a match (a near-miss the gate turns away)
NEAR_MISSES: list[tuple[re.Pattern[str], frozenset[str], str]] = [
    (k9._CONTACT, k9._CONTACT_WORDS, "We are in constant communication with Paris."),
    (k9._HOPE, k9._HOPE_WORDS, "We expect that Kyiv will withdraw."),
    (k9._JUDGED, k9._JUDGED_WORDS, "Attempts to revise history are regrettable."),
    (k9._BROKEN, k9._BROKEN_WORDS, "They violated the ceasefire."),
    (k9._DOUBLE, k9._DOUBLE_WORDS, "This is a policy of double dealing."),
    (k9._UNPUNISHED, k9._UNPUNISHED_WORDS, "This crime must not go unanswered."),
    (k9._HAD_TALKS, k9._HAD_TALKS_NOUNS, "We have had very substantive contacts with France."),
    (k9._WAITING, k9._WAIT_WORDS, "We are looking for Washington to answer."),
    (k9._REGRET_LEAD, k9._REGRET_WORDS, "Fortunately, our partners chose dialogue."),
    (k9._SEEN_AS, k9._SEEN_AS_WORDS, "We see the expansion of NATO as a mistake."),
]


@pytest.mark.parametrize(("rx", "gate", "texts"), K9_CASES)
def test_kremlin9_gate_holds_for_every_match(
    rx: re.Pattern[str], gate: frozenset[str], texts: list[str]
) -> None:
    for t in texts:
        assert rx.search(t) is not None, t  # the sentence is one the guarded search finds
        assert k9._any_in(t, gate), t


@pytest.mark.parametrize(("rx", "check", "texts"), FUNCTION_CASES)
def test_function_checks_hold_for_every_match(rx: re.Pattern[str], check: object, texts: list[str]) -> None:
    for t in texts:
        assert rx.search(t) is not None, t
        assert callable(check) and check(t), t


@pytest.mark.parametrize(("rx", "gate", "t"), NEAR_MISSES)
def test_near_misses_are_turned_away(rx: re.Pattern[str], gate: frozenset[str], t: str) -> None:
    assert rx.search(t) is None
    assert not k9._any_in(t, gate)


def test_near_misses_of_function_checks() -> None:
    assert not news5._may_visit("During his stay in China, he met Xi.")
    assert not news5._may_meet("after Macron's call with Putin")
    assert not k9._may_be_mentioned("We would like to stress the point.")  # a wish, no verb of visiting
    assert not "Afterwards, the President left.".startswith(("Following", "Before", "Prior"))


def test_every_gate_is_registered() -> None:
    gates = [
        v
        for k, v in vars(k9).items()
        if isinstance(v, frozenset) and k.endswith(("_WORDS", "_VERBS", "_NOUNS", "_WORD"))
    ]
    assert len(gates) >= 30
    for gate in gates:
        assert gate <= k9._GATES._all


def test_ascii_twins_open_every_gate() -> None:
    kelvin = "We are in constant \u212aontact with Paris."  # the Kelvin sign matches "k" case-blind
    assert k9._CONTACT.search("We are in constant contact with Paris.") is not None
    assert k9._any_in(kelvin, k9._WAIT_WORDS)  # every gate is open for such a text
    long_s = "Thi\u017f policy of double \u017ftandards."
    assert k9._DOUBLE.search(long_s) is not None
    assert k9._any_in(long_s, k9._DOUBLE_WORDS)
    assert text._has_twins(long_s) and not text._has_twins("plain \u2019quotes\u2019")


def test_word_gates_find_overlapping_words_and_cache_the_last_text() -> None:
    gates = WordGates()
    talk = gates.gate(("talk",))
    talks = gates.gate(("talks",))
    other = gates.gate(("meeting",))
    assert gates.may("We held TALKS.", talk) and gates.may("We held TALKS.", talks)
    assert not gates.may("We held TALKS.", other)
    assert gates.may("A Meeting.", other) and not gates.may("A Meeting.", talk)
    with pytest.raises(ValueError):
        gates.gate(("Talks",))


SENTENCES = [case for _, _, texts in K9_CASES + FUNCTION_CASES for case in texts if len(case) > 25] + [
    t for _, _, t in NEAR_MISSES
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_coder_output_is_the_same_with_every_gate_open(
    sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    day = dt.date(2021, 6, 1)
    kwargs = {"date": day, "speaker": "RUS", "participants": ("RUS", "FRA")}
    gated = code_sentence(sentence, **kwargs)  # type: ignore[arg-type]
    monkeypatch.setattr(k9, "_any_in", lambda text, gate: True)
    monkeypatch.setattr(news5, "_may_visit", lambda text: True)
    monkeypatch.setattr(news5, "_may_meet", lambda text: True)
    assert code_sentence(sentence, **kwargs) == gated  # type: ignore[arg-type]


REGARDED = [
    "The Russian Mission regards NATO's decision as biased and short-sighted.",
    "We consider the deployment of US missiles a direct threat.",
    "Moscow described Kyiv's move as a provocation.",
    "The minister dismissed the report, calling Britain's claims absurd.",
]


@pytest.mark.parametrize("sentence", REGARDED)
def test_regarded_as_needs_its_verb(sentence: str) -> None:
    from detente.coding import statements
    from detente.coding.patterns import tokenize

    norms = {t.norm for t in tokenize(sentence)}
    assert not statements._REGARD_VERBS.isdisjoint(norms)


def test_regarded_as_near_miss_has_no_verb_and_no_reading() -> None:
    from detente.coding import statements
    from detente.coding.patterns import tokenize

    sentence = "NATO's decision was biased and short-sighted as a provocation, Moscow said."
    assert statements._REGARD_VERBS.isdisjoint({t.norm for t in tokenize(sentence)})


@pytest.mark.parametrize("sentence", [*REGARDED, "NATO's decision was biased, a provocation, Moscow said."])
def test_regarded_as_gate_keeps_the_coding(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from detente.coding import statements

    day = dt.date(2021, 6, 1)
    gated = code_sentence(sentence, date=day)
    monkeypatch.setattr(statements, "_REGARD_VERBS", _GateOpen(statements._REGARD_VERBS))
    assert code_sentence(sentence, date=day) == gated


class _GateOpen(frozenset[str]):
    """The same words, but never disjoint from a sentence's words: the coder's gate is always open while the
    reader's own membership tests are unchanged."""

    def isdisjoint(self, other: object) -> bool:  # type: ignore[override]
        return False
