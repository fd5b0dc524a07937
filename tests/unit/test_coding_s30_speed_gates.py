"""The rules-2026.30 speed gates change no answer (s30-speed): kremlin10's word gate before its conduct and
stance readers, second2's head-word gate before its attack and proposal readers, and nonevents2 running a
filter only when the sentence holds a type the filter may drop. Each sentence below is coded twice, once as
shipped and once with the gates forced open (every gate says "may"; every nonevents2 filter runs), and
the two answers must be the same; the sentences exercise each alternative the gates stand in front of."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from detente.coding import kremlin10, nonevents2, second2
from detente.coding.coder import code_sentence
from detente.coding.patterns import tokenize
from detente.coding.wordgates import WordGates

DAY = dt.date(2019, 6, 5)
PUTIN = "Vladimir Putin, President of Russia"

SENTENCES = [
    # kremlin10.conduct_condemned: one sentence per alternative of its expressions
    "The United States acted irresponsibly when it left the treaty.",
    "Washington has taken a destructive and hostile position on this issue.",
    "The Kiev authorities provoked this crisis in the first place.",
    "Western sponsors orchestrated a coup in Kiev in 2014.",
    "The Americans behaved in a very aggressive manner.",
    "NATO sponsored a coup in Kiev.",
    "Our Western partners do not want to listen to us.",
    "The Ukrainian side is hiding the truth about the downing of the airliner.",
    "Warsaw is pursuing an openly Russophobic policy.",
    "Our partners are not listening to us at all.",
    "Kiev refused to take our concerns into account.",
    "It was the United States that withdrew from the ABM Treaty.",
    # kremlin10 stances
    "The position of the Chinese leadership is well balanced, Mr Putin said.",
    "Japan's approach is counterproductive.",
    "The position of the United States is absurd.",
    "The stance of the Japanese government is simply absurd, the minister noted.",
    "Israel's stance deserves respect.",
    # second2: attacks named as nouns, terror as an occasion, proposals coordinated
    "Russia condemned the attack carried out by militants against the embassy in Kabul.",
    "The President expressed condolences over the terrorist attack in Manchester.",
    "Russia condemned the killing of civilians by the Ukrainian army.",
    "The Chancellor called for restraint and proposed setting up a contact group.",
    "Condolences were sent after the hostage-taking at a school in Beslan.",
    # nonevents2: a sentence for each filter's family
    "Foreign Minister Sergei Lavrov and Defence Minister Sergei Shoigu attended the talks.",
    "Their last meeting was held in Paris in December.",
    "The Initiative allows the air traffic centres of Russia and Norway to share information.",
    "It is still unclear why Kiev rejected the offer.",
    "Everyone blames the United States now.",
    "The relationship dates back to 1991.",
    "Emergency units were deployed to the flooded districts.",
    "Russia bears responsibility as it continues its illegal war against Ukraine, and NATO will support Kyiv.",
    "We call on Russia to withdraw its troops and to allow free access to the ports.",
    "Allies remain committed to arms control.",
    "For two decades we have kept up and developed relations of friendship with Kazakhstan.",
    # nothing for any gate
    "The weather in Moscow was mild on Tuesday.",
]


class _Open(WordGates):
    """A gate that always says "may"."""

    def may(self, text: str, gate: frozenset[str]) -> bool:
        return True


_SPIED: dict[Any, tuple[tuple[str, int | None], ...]] = {
    # (reader, where its events argument is: the answer is marked "(changed)" when it holds another number)
    kremlin10: (
        ("conduct_condemned", None),
        ("stance_praised", None),
        ("stance_faulted", None),
        ("settled", 1),
    ),
    second2: (("settled", 2),),
    nonevents2: (("settled", 1),),
}


def _code(text: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What each gated reader (and each gated module's ``settled``) answered while the sentence was coded,
    with and without a speaker, in call order."""
    seen: list[str] = []
    for module, readers in _SPIED.items():
        for name, events_at in readers:
            real = getattr(module, name)
            label = f"{module.__name__.rsplit('.', 1)[-1]}.{name}"

            def spy(*args: Any, _real: Any = real, _label: str = label, _at: int | None = events_at) -> Any:
                answer = _real(*args)
                changed = _at is not None and len(answer) != len(args[_at])
                seen.append(f"{_label}: {answer!r}" + (" (changed)" if changed else ""))
                return answer

            monkeypatch.setattr(module, name, spy)
    for context in (PUTIN, None):
        code_sentence(text, date=DAY, context=context)
    monkeypatch.undo()
    return seen


@pytest.mark.parametrize("text", SENTENCES)
def test_gates_change_no_answer(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = _code(text, monkeypatch)
    with monkeypatch.context() as m:
        m.setattr(kremlin10, "_GATES", _Open())
        # every word of the sentence counts as a head word: second2's gate lets every sentence through
        m.setattr(second2, "_HEAD_WORDS", frozenset(t.norm for t in tokenize(text)) | second2._HEAD_WORDS)
        m.setattr(nonevents2, "_FILTERS", tuple((None, drop) for _, drop in nonevents2._FILTERS))
        opened = _code(text, m)
    assert opened == shipped


def test_the_gated_readers_fire_on_these_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    """The sentences reach behind the gates: each gated kremlin10 reader finds something (conduct_condemned in
    most of its twelve sentences), second2 adds an event and nonevents2 drops one in some of them."""
    seen = {text: _code(text, monkeypatch) for text in SENTENCES}
    lines = [line for found in seen.values() for line in found]
    for name in ("conduct_condemned", "stance_praised", "stance_faulted"):
        assert any(x.startswith(f"kremlin10.{name}: Finding") for x in lines), name
    condemned = [
        t for t in SENTENCES[:12] if any(x.startswith("kremlin10.conduct_condemned: F") for x in seen[t])
    ]
    assert len(condemned) >= 6  # (the rest are coded by readers that run before kremlin10's)
    for module in ("second2", "nonevents2"):
        assert any(x.startswith(f"{module}.settled: ") and x.endswith("(changed)") for x in lines), module
