"""Session 32 (warnings, :mod:`detente.coding.cautions`): warnings and assessments about another side's plans
or deeds, warnings beside demands, judgements told as warnings, and near misses of them.

The sentences are written for these tests, not taken from any gold set."""

from __future__ import annotations

import dataclasses
import datetime as dt

from tests.badinput import coded_twice_cleanly, near_limit

from detente.coding import cautions
from detente.coding.coder import Event, Polarity, code_sentence
from detente.coding.ontology import EventType
from detente.coding.patterns import tokenize
from detente.coding.roleparts import Roles

DAY = dt.date(2022, 2, 1)

Coded = set[tuple[str, tuple[str, ...], tuple[str, ...]]]


def _coded(text: str) -> Coded:
    return {(e.event.name, e.source, e.target) for e in code_sentence(text, date=DAY)}


def _types(text: str) -> set[str]:
    return {t for t, _, _ in _coded(text)}


def _make(
    etype: EventType, mode: str, roles: Roles, polarity: Polarity, start: int, end: int, trigger: str
) -> Event:
    return Event(
        etype,
        mode,
        roles.source,
        roles.target,
        polarity,
        "2022-02-01",
        "day",
        roles.span,
        anchor=(start, end),
    )


def _event(
    kind: EventType, source: tuple[str, ...], target: tuple[str, ...], anchor: int = 0, **kw: object
) -> Event:
    base = Event(
        kind, "", source, target, Polarity.ASSERTED, "2022-02-01", "day", (0, 1), anchor=(anchor, anchor + 4)
    )
    return dataclasses.replace(base, **kw)  # type: ignore[arg-type]


# --- a plan charged, not a threat ----------------------------------------------------------------------------
def test_warning_of_another_sides_attack_plan_is_an_allegation_not_a_threat() -> None:
    coded = _coded("Germany warned that Russia was preparing an attack on Ukraine.")
    assert coded == {("ACCUSE", ("DEU",), ("RUS",))}


def test_plans_charged_replaces_the_warning_verbs_threat() -> None:
    text = "Norway warned that Russia was preparing sabotage against undersea cables."
    units = _units(text)
    threat = _event(EventType.THREATEN, ("NOR",), ("RUS",), anchor=text.index("warned"))
    got = cautions.plans_charged(text, units, [threat], _make)
    assert [(e.event, e.source, e.target, e.mode) for e in got] == [
        (EventType.ACCUSE, ("NOR",), ("RUS",), "allege")
    ]


def test_assessed_intent_is_the_assessors_charge_not_the_planners_threat() -> None:
    coded = _coded("The Alliance assesses that Moscow intends to launch a new offensive in the east.")
    assert coded == {("ACCUSE", ("NATO",), ("RUS",))}
    coded = _coded("Latvia cautioned on Friday that Belarus is planning provocations at the frontier.")
    assert coded == {("ACCUSE", ("LVA",), ("BLR",))}


def test_plan_charged_to_a_side_after_an_addressee() -> None:
    assert ("ACCUSE", ("DEU",), ("RUS",)) in _coded(
        "Germany alerted Allies that Russia was preparing an attack."
    )


def test_ones_own_plan_stays_a_threat() -> None:
    coded = _coded("Moscow warned that it was preparing a firm response to the expulsions.")
    assert "ACCUSE" not in {t for t, _, _ in coded}
    assert "THREATEN" in {t for t, _, _ in coded}


def test_plans_that_are_not_hostile_or_are_denied_are_left_alone() -> None:
    assert "ACCUSE" not in _types("Berlin said that Paris is planning to host talks on the grain deal.")
    assert "ACCUSE" not in _types("Sweden said that Russia was not preparing an attack.")
    assert "ACCUSE" not in _types("Poland denied that Belarus was preparing an incursion.")
    assert "ACCUSE" not in _types("Is Russia preparing an attack on Latvia?")
    assert "ACCUSE" not in _types("Finland did not say that Russia was planning an attack on its border.")
    assert "ACCUSE" not in _types("Police said the gang was planning attacks on banks.")


# --- blame assessed ------------------------------------------------------------------------------------------
def test_a_side_said_to_be_behind_an_attack_is_accused_by_the_sayer() -> None:
    assert _coded("The Dutch government concluded that Russia was behind the attack on the airliner.") == {
        ("ACCUSE", ("NLD",), ("RUS",))
    }
    text = "Oslo concluded that Moscow was behind the explosion at the depot."
    got = cautions.blame_assessed(text, _units(text), [], _make)
    assert [(e.event, e.source, e.target) for e in got] == [(EventType.ACCUSE, ("NOR",), ("RUS",))]


def test_a_plain_saying_of_blame_is_left_to_the_phrase_lists() -> None:
    text = "Oslo said that Moscow was behind the explosion at the depot."
    assert cautions.blame_assessed(text, _units(text), [], _make) == []


def test_behind_or_responsible_for_no_deed_is_no_blame() -> None:
    assert "ACCUSE" not in _types("Ottawa believes that Washington was behind the new trade proposal.")
    assert "ACCUSE" not in _types("Paris concluded that Berlin was responsible for the agenda of the talks.")
    assert "ACCUSE" not in _types("Tokyo assessed that Seoul was not behind the cyber attack.")


# --- a warning beside a demand -------------------------------------------------------------------------------
def test_warning_after_a_demand_is_aimed_where_the_demand_is() -> None:
    text = "Ankara demanded that Athens halt the drills near islands claimed by Cyprus, warning that it would respond."
    assert ("THREATEN", ("TUR",), ("GRC",)) in _coded(text)
    units = _units(text)
    demand = _event(EventType.REQUEST, ("TUR",), ("GRC",), anchor=text.index("demanded"))
    threat = _event(EventType.THREATEN, ("TUR",), ("CYP",), anchor=text.index("warning"))
    got = cautions.warning_beside_demand(text, units, [demand, threat])
    assert got[1].target == ("GRC",)


def test_warning_already_aimed_at_the_one_asked_is_kept() -> None:
    text = "Ankara urged Athens to stop the drills, warning of consequences."
    units = _units(text)
    demand = _event(EventType.REQUEST, ("TUR",), ("GRC",), anchor=text.index("urged"))
    threat = _event(EventType.THREATEN, ("TUR",), ("GRC",), anchor=text.index("warning"))
    assert cautions.warning_beside_demand(text, units, [demand, threat]) == [demand, threat]


# --- a judgement warned --------------------------------------------------------------------------------------
def test_a_step_warned_to_be_unlawful_is_the_warners_asserted_charge() -> None:
    text = "Beijing warned that any move by Japan to arm the islands would be illegal."
    units = _units(text)
    judged = _event(
        EventType.ACCUSE, (), ("JPN",), anchor=text.index("be illegal"), polarity=Polarity.HYPOTHETICAL
    )
    got = cautions.judgement_warned(text, units, [judged])
    assert [(e.source, e.target, e.polarity) for e in got] == [(("CHN",), ("JPN",), Polarity.ASSERTED)]


def test_a_judgement_outside_the_warning_keeps_its_polarity() -> None:
    text = "Beijing warned of a response, and a move by Japan to arm the islands would be illegal."
    judged = _event(
        EventType.ACCUSE, (), ("JPN",), anchor=text.index("be illegal"), polarity=Polarity.HYPOTHETICAL
    )
    assert cautions.judgement_warned(text, _units(text), [judged]) == [judged]


# --- warned that by doing so, Y ... --------------------------------------------------------------------------
def test_the_one_warned_is_the_subject_after_the_by_phrase() -> None:
    text = "A Chinese admiral warned that by hosting American missiles the Philippines was turning itself into a target."
    assert _coded(text) == {("THREATEN", ("CHN",), ("PHL",))}
    threat = _event(EventType.THREATEN, ("CHN",), ("USA",), anchor=text.index("warned"))
    assert cautions.warned_by_doing(text, _units(text), [threat])[0].target == ("PHL",)


def test_a_warning_with_its_addressee_named_is_left_alone() -> None:
    assert _coded("Beijing warned Manila that it would respond.") == {("THREATEN", ("CHN",), ("PHL",))}
    text = "Beijing warned Manila that by doing so it would lose its trade."
    threat = _event(EventType.THREATEN, ("CHN",), ("PHL",), anchor=text.index("warned"))
    assert cautions.warned_by_doing(text, _units(text), [threat]) == [threat]


# --- such steps will not go unanswered -----------------------------------------------------------------------
def test_such_steps_are_answered_at_all_their_doers() -> None:
    sanction = _event(EventType.SANCTION, ("CAN", "JPN"), ("RUS",), anchor=10)
    threat = _event(EventType.THREATEN, ("RUS",), ("CAN",), anchor=80)
    got = cautions.such_steps_answered([sanction, threat])
    assert got[1].target == ("CAN", "JPN")


def test_such_steps_need_one_act_before_the_warning() -> None:
    threat = _event(EventType.THREATEN, ("RUS",), ("CAN",), anchor=10)
    sanction = _event(EventType.SANCTION, ("CAN", "JPN"), ("RUS",), anchor=80)
    assert cautions.such_steps_answered([threat, sanction]) == [threat, sanction]
    other = _event(EventType.SANCTION, ("GBR", "CAN"), ("RUS",), anchor=5)
    first = _event(EventType.SANCTION, ("CAN", "JPN"), ("RUS",), anchor=1)
    later = _event(EventType.THREATEN, ("RUS",), ("CAN",), anchor=80)
    assert cautions.such_steps_answered([first, other, later])[2].target == ("CAN",)


# --- bad input -----------------------------------------------------------------------------------------------
def _units(text: str) -> list:  # type: ignore[type-arg]
    from detente.coding import coder

    seen: list[list] = []  # type: ignore[type-arg]
    original = cautions.settled

    def spy(text: str, tokens, units, events, make, speaker=None):  # type: ignore[no-untyped-def]
        seen.append(list(units))
        return original(text, tokens, units, events, make, speaker)

    coder.cautions.settled = spy  # type: ignore[assignment]
    try:
        code_sentence(text, date=DAY)
    finally:
        coder.cautions.settled = original  # type: ignore[assignment]
    return seen[-1] if seen else []


def test_bad_input_is_returned_as_it_is() -> None:
    threat = _event(EventType.THREATEN, ("RUS",), ("NATO",))
    for text in ("", "12 345 --- !!!", "warned that " * 9000):
        assert cautions.settled(text, tokenize(text[:2000]), [], [threat], _make) == [threat]
    for text in ("", "... ;; ?", near_limit("warned that Russia was preparing an attack behind such steps ")):
        coded_twice_cleanly(text, date=DAY)
