"""The s38-speed13 speed work changes no answer: each new gate says "may" wherever the reader it stands in
front of finds something, and the helpers give what the code they replace gave."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import (
    kremlin14,
    natonews,
    nonevents2,
    nonevents3,
    passives,
    pressers,
    second,
    statecraft,
    statements,
    verbal,
)
from detente.coding import passes as passes_module
from detente.coding.coder import code_sentence
from detente.coding.patterns import (
    Token,
    _may_yield,
    load_patterns,
    norms_of,
    passive_heads,
    passive_object_matches,
    tokenize,
)
from detente.coding.roleparts import clause_floor

DAY = dt.date(2019, 6, 5)


@pytest.mark.parametrize(
    "text",
    [
        "Their decision to send more tanks is a dangerous escalation.",
        "The new ban on our reporters was an act of censorship.",
        "Such steps constitute open interference in our affairs.",
        "Ministers met in Brussels on Tuesday.",
    ],
)
def test_judged_act_gate_is_necessary(text: str) -> None:
    """Where :func:`statements.judged_act`'s loop could start, the gate says "may"."""
    norms = norms_of(tokenize(text))
    copulas = not statements._JUDGINGCOPULAS.isdisjoint(norms)
    assert statements.may_judge_act(norms) is copulas


def test_judged_act_gate_closed_sentence_reads_nothing() -> None:
    """A sentence without a judging copula codes as before: the gate only skips a reader that finds nothing."""
    text = "Moscow sharply condemned the new sanctions imposed by Washington."
    assert not statements.may_judge_act(norms_of(tokenize(text)))
    assert code_sentence(text, date=DAY)


def test_may_yield_only_agree_and_nouns() -> None:
    """Only a noun phrase or an AGREE phrase may yield to another match."""
    pats = load_patterns()
    tokens = tokenize("Russia promised to pull back heavy weapons and condemned the attack on the convoy.")
    found = pats.events.matches(tokens, {})
    assert found
    for m in found:
        expected = not m.phrase.verbal or m.rule.event.name == "AGREE"
        assert _may_yield(m) is expected


def test_passive_heads_are_the_participles_the_loop_tested() -> None:
    """:func:`passive_heads` holds exactly the first words the old per-token test let through."""
    pats = load_patterns()
    index, past = pats.events, pats.past_forms
    heads = passive_heads(index, past)
    assert heads == {w for w in index._by_first if w.endswith(("ed", "en")) or w in past}
    assert passive_heads(index, past) is heads  # found once per index


@pytest.mark.parametrize(
    "text",
    [
        "Estonian airspace was violated by two Russian fighter jets.",
        "Russian bombers were intercepted by Norwegian jets over the sea.",
        "Cooperation with Moscow has been suspended, the Alliance announced.",
        "The ministers spoke about the weather.",
    ],
)
def test_passive_matches_gate_keeps_matches(text: str) -> None:
    """The gate before the participle loop drops no match: the loop over every token finds the same."""
    pats = load_patterns()
    tokens = tokenize(text)
    heads = passive_heads(pats.events, pats.past_forms)
    got = passive_object_matches(pats.events, tokens, {}, pats.past_forms)
    assert all(tokens[m.start].norm in heads for m in got)
    if heads.isdisjoint(norms_of(tokens)):
        assert got == []


@pytest.mark.parametrize(
    "text",
    [
        "They had agreed, and to our surprise kept to it.",
        "The monitors were deployed along the line.",
        "Nothing of the sort happened.",
        "The \u0130stanbul talks had ended.",  # a non-ASCII twin: tested word by word
        "He had REFUSED to sign.",
    ],
)
def test_within_is_substring_test(text: str) -> None:
    """:meth:`WordGates.within` answers as ``any(w in text.lower() for w in gate)``."""
    low = text.lower()
    for _, gate, _ in nonevents3._GATED:
        assert nonevents3._GATES.within(text, gate) is any(w in low for w in gate)


_EVENTFUL = [
    "The agreement allows Russia and NATO to exchange information on flights.",
    "A council in which both sides will consult was set up in Paris.",
    "NATO, which helped Ukraine last year, condemned the Russian strike.",
    "The ministers said they would have to cooperate more closely with Moscow.",
    "Allies remain committed to arms control and condemned Russia's violations.",
    "We should support Ukraine, the minister told reporters.",
    "It is unclear why Russia expelled the Estonian diplomat.",
    "Everyone blames the United States now, Lavrov said.",
    "Our friendship dates back to 1991, Putin said.",
    "The leaders then moved to the hall for the signing ceremony with Erdogan.",
    "Emergency units were deployed to the flooded districts of Georgia.",
    "We have maintained and developed relations with China, Putin said.",
    "Russia condemned the NATO exercise in Estonia.",
]


@pytest.mark.parametrize("text", _EVENTFUL)
def test_nonevents2_word_gates_change_nothing(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The sentences code the same with the nonevents2 word gates as with every filter run."""
    gated = code_sentence(text, date=DAY)
    monkeypatch.setattr(nonevents2, "_WORD_GATES", {})
    assert code_sentence(text, date=DAY) == gated


@pytest.mark.parametrize("text", _EVENTFUL)
def test_nonevents2_gates_are_necessary(text: str) -> None:
    """Each gated filter keeps every event of a sentence that lacks its words."""
    events = code_sentence(text, date=DAY)
    held = nonevents2._GATES.held(text)
    for drop, gate in nonevents2._WORD_GATES.items():
        if gate.isdisjoint(held):
            assert drop(text, events) == events


@pytest.mark.parametrize(
    "text",
    [
        "Allies agreed to scale up the battlegroups on the eastern flank.",
        "A new Brigade will be based in Lithuania.",
        "The \u212aremlin criticised the task force.",  # the Kelvin sign: tested word by word
        "Talks went on late into the night.",
    ],
)
def test_natonews_posture_gate_is_the_old_test(text: str) -> None:
    """The posture reader's gate answers as the test it replaces: "flank" or a unit word in the lowered text."""
    low = text.lower()
    old = "flank" in low or any(w in low for w in natonews._UNIT_WORDS)
    assert natonews._GATES.within(text, natonews._POSTURE_GATE) is old


def _old_clause_floor(tokens: list[Token], index: int) -> int:
    """The loop :func:`clause_floor` had before s38-speed13."""
    i = index - 1
    while i >= 0 and tokens[i].norm not in (";", ":"):
        i -= 1
    return i + 1


def test_clause_floor_as_before() -> None:
    """:func:`clause_floor` gives what its old loop gave at every index, and below the first."""
    tokens = tokenize("He said: we talked; then they left, and it rained; fine.")
    for index in range(-2, len(tokens) + 1):
        assert clause_floor(tokens, index) == _old_clause_floor(tokens, index)


def test_active_reading_needs_by() -> None:
    """A sentence without "by" has no passive reading, so the gate in front of the reread is necessary."""
    text = "The treaty was signed in Moscow last week."
    tokens = tokenize(text)
    assert "by" not in norms_of(tokens)
    assert passives.active_reading(text, tokens, []) is None


_OPEN = frozenset(
    {"airspace", "for", "over", "without", "no", "killing", "killed", "wounded"} | second._CUE_STARTS
)
_LOOP_GATED = [
    "NATO condemned the violation of Turkish airspace by Russian jets.",
    "The minister will travel to Berlin for a meeting of the NATO-Russia Council.",
    "The rebels shelled the town, killing at least 12 people, Kyiv said.",
    "Russia suspended the agreement, citing the unfriendly actions of the United States.",
    "The talks in Geneva ended without a deal, the State Department said.",
    "Kiev criticised the Alliance for refusing to close the skies.",
    "Russia and Belarus held joint drills near the Polish border.",
]


@pytest.mark.parametrize("text", _LOOP_GATED)
def test_loop_gates_change_nothing(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The token loops given a word gate code every sentence as they do with the gates held open."""
    gated = code_sentence(text, date=DAY)
    for module in (pressers, passes_module, second, verbal):
        real = module.norms_of
        monkeypatch.setattr(module, "norms_of", lambda tokens, real=real: real(tokens) | _OPEN)
    assert code_sentence(text, date=DAY) == gated


_STATECRAFT = [
    "The Russian Ambassador to Georgia has been recalled to Moscow.",
    "Washington told Moscow to bring the number of its diplomatic staff in Russia down to 455.",
    "The reconnaissance ship Liman of the Black Sea Fleet has sailed from Sevastopol for the Mediterranean.",
    "The first trucks of the Russian humanitarian convoy crossed the border into Ukraine.",
    "Russian rescuers have been sent to Turkey to help deal with the earthquake.",
    "Moscow decided to expel ten diplomats.",
    "The President signed a decree imposing restrictive measures on Turkish companies.",
    "A massive strike was delivered with high-precision weapons on the energy facilities of Ukraine.",
    "The school in Donetsk was hit by a missile strike of the Kyiv regime.",
    "The Defence Ministry decided to drastically reduce military activity near Kiev.",
    "Admitting Ukraine to NATO would cause serious damage to relations, Moscow warned.",
]


@pytest.mark.parametrize("text", _STATECRAFT)
def test_statecraft_gates_change_nothing(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The statecraft readers given a word gate read every sentence as they do with the gates open."""
    gated = code_sentence(text, date=DAY)
    opened = frozenset().union(
        statecraft._ENVOYS_CUT_WORDS,
        statecraft._FORCES_MOVED_WORDS,
        statecraft._RELIEF_SENT_WORDS,
        statecraft._MEASURES,
        statecraft._STRIKES,
        statecraft._HIT,
        statecraft._DECIDED,
        statecraft._WARNED_MODALS,
    )
    real = statecraft.lowered

    def lowered_open(tokens: list[Token]) -> tuple[str, ...]:
        return (*real(tokens), *sorted(opened))

    monkeypatch.setattr(statecraft, "lowered", lowered_open)
    assert code_sentence(text, date=DAY) == gated


@pytest.mark.parametrize(
    "text",
    [
        "Such interference in our affairs is absolutely unacceptable.",
        "The talks were PRODUCTIVE, the minister said.",
        "We see the futility of sanctions.",
        "The \u0130nadmissible step was taken.",  # a non-ASCII twin: tested word by word
        "The delegation left Geneva on Friday.",
    ],
)
def test_kremlin14_gate_is_the_old_test(text: str) -> None:
    """The interference reader's gate answers as the six substring tests it replaces."""
    low = text.lower()
    old = any(w in low for w in kremlin14._JUDGED_GATE)
    assert kremlin14._GATES.within(text, kremlin14._JUDGED_GATE) is old
