"""Session 35 (sources4): a page's runs share the pair of its meeting ("They also discussed ..." in a later
run, states named only as places give way to the meeting's pair) and a bare "the President" is Russia's when
the other president is named only in the act's object; sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from detente.coding.coder import code_sentence
from detente.coding.document import RecordStream

DAY = dt.date(2017, 6, 14)
EARLY = dt.date(2000, 1, 18)


def _triples(out: list[dict[str, Any]]) -> list[tuple[str, list[str], list[str]]]:
    return [(e["event"], sorted(e["source"]), sorted(e["target"])) for e in out]


def _sentence(text: str, date: dt.date = EARLY, **kw: Any) -> list[tuple[str, list[str], list[str]]]:
    return [(e.event.name, sorted(e.source), sorted(e.target)) for e in code_sentence(text, date=date, **kw)]


# --- "They also discussed ..." in a later run of the page ----------------------------------------------------


def _they_page(page: str, second: str) -> list[list[dict[str, Any]]]:
    records = [
        (f"{page}-3", "The heads of state went over trade and investment ties.", DAY, None),
        (f"{page}-4", "Vladimir Putin and Angela Merkel also compared notes on the Balkans.", DAY, None),
        # the stream hands the page over again from an earlier number: a second run
        (f"{page}-1", "The German Chancellor hoped that a solution would be found before autumn.", DAY, None),
        (f"{page}-2", second, DAY, None),
    ]
    return RecordStream().code_run(records)


def test_they_in_a_later_run_takes_the_pages_meeting_pair() -> None:
    out = _they_page(
        "kremlin-71803", "They also discussed cooperation in the fight against drug trafficking."
    )
    assert _triples(out[3]) == [("CONSULT", ["DEU", "RUS"], [])]


def test_both_sides_in_a_later_run_takes_the_pair_too() -> None:
    out = _they_page("kremlin-71803", "Both sides also discussed cooperation in space research.")
    assert [s for k, s, _ in _triples(out[3]) if k == "CONSULT"] == [["DEU", "RUS"]]


def test_they_on_a_sets_label_takes_nothing() -> None:
    # "set-1", "set-2": a set's running numbers, not one page, so no pair is carried between runs
    records = [
        ("set-3", "Vladimir Putin and Angela Merkel compared notes on the Balkans.", DAY, None),
        ("set-1", "They also discussed cooperation in the fight against drug trafficking.", DAY, None),
    ]
    out = RecordStream().code_run(records)
    assert _triples(out[1]) == [("CONSULT", [], [])]


# --- a place-only pair gives way to the meeting pair an earlier run learned ------------------------------


_TRANSIT = "The Union will offer a simpler transit procedure to Russian citizens travelling to Kaliningrad via Lithuania."


def _summit(first: list[tuple[str, str]]) -> list[list[dict[str, Any]]]:
    records = [(rid, text, DAY, None) for rid, text in first]
    records += [
        (
            "summit-50412-2",
            "The summit reviewed trade, visas and the future of the Kaliningrad Region.",
            DAY,
            None,
        ),
        ("summit-50412-5", "The parties agreed to resume regular consultations on energy.", DAY, None),
        ("summit-50412-7", _TRANSIT, DAY, None),
    ]
    return RecordStream().code_run(records)


def test_a_place_only_pair_gives_way_to_the_meeting_pair() -> None:
    out = _summit(
        [("summit-50412-10", "Russia and the European Union agreed to widen their energy dialogue.")]
    )
    assert _triples(out[0]) == [("AGREE", ["EU", "RUS"], [])]
    assert _triples(out[2]) == [("AGREE", ["EU", "RUS"], [])]


def test_without_an_earlier_meeting_the_named_pair_stays() -> None:
    # the earlier run tells no meeting: the states the run names are its fallback, as before
    out = _summit([("summit-50412-10", "The weather in Brussels was cold and wet.")])
    assert _triples(out[2]) == [("AGREE", ["LTU", "RUS"], [])]


def test_another_pages_meeting_lends_nothing() -> None:
    out = _summit(
        [("summit-50999-10", "Russia and the European Union agreed to widen their energy dialogue.")]
    )
    assert _triples(out[2]) == [("AGREE", ["LTU", "RUS"], [])]


# --- a bare "the President" and a president named in the act's object ------------------------------------


_PRAISE = (
    "The acting president praised the contribution of Russia's first president and Chinese President "
    "Jiang Zemin to the friendship of the two nations."
)


def test_a_president_in_the_object_does_not_block_the_bare_title() -> None:
    assert _sentence(_PRAISE) == [("SUPPORT", ["RUS"], ["CHN"])]


def test_in_a_meeting_the_guests_president_in_the_object_makes_the_title_russias() -> None:
    text = "The President praised Chinese President Jiang Zemin for his contribution to the partnership."
    assert _sentence(text, participants=("RUS", "CHN")) == [("SUPPORT", ["RUS"], ["CHN"])]


def test_the_guests_president_as_subject_is_not_russia() -> None:
    text = "Chinese President Jiang Zemin praised the President for his contribution to the partnership."
    assert ("SUPPORT", ["RUS"], ["CHN"]) not in _sentence(text)
    assert all(s != ["RUS"] for _, s, _ in _sentence(text, participants=("RUS", "CHN")))


def test_a_president_named_before_the_act_still_blocks() -> None:
    text = (
        "After meeting Chinese President Jiang Zemin, the President praised the contribution of the scholars."
    )
    assert all(s != ["RUS"] for _, s, _ in _sentence(text))


def test_in_a_meeting_without_the_guests_president_the_title_stays_unknown() -> None:
    text = "The President praised the contribution of the scholars of the two nations."
    assert all(s != ["RUS"] for _, s, _ in _sentence(text, participants=("RUS", "CHN")))


# --- bad input --------------------------------------------------------------------------------------------


def test_bad_input() -> None:
    long = "The President praised Chinese President Jiang Zemin. " * 2000
    for text in ("", "   ", "1234 -- 5678 !!", long):
        assert isinstance(code_sentence(text, date=EARLY, participants=("RUS", "CHN")), list)
    records = [
        ("page-88001-3", "", DAY, None),
        ("page-88001-1", "!!! ???", DAY, None),
        ("page-88001-2", ("They also discussed trade. " * 4000)[:100_000], DAY, None),
    ]
    out = RecordStream().code_run(records)
    assert len(out) == 3


def test_they_takes_no_pair_of_places() -> None:
    # the only states the run names are places: "they" (the marchers) is neither of them
    records = [
        ("story-53012-4", "Thousands marched from the Egyptian border to the Israeli consulate.", DAY, None),
        ("story-53012-5", "They also denounced the blockade of the coastal strip.", DAY, None),
    ]
    out = RecordStream().code_run(records)
    assert all(not set(s) & {"EGY", "ISR"} for _, s, _ in _triples(out[1]))


def test_thanks_to_a_named_president_are_the_bare_titles() -> None:
    text = "The President thanked President Macron for the warm welcome in Paris."
    assert ("SUPPORT", ["RUS"], ["FRA"]) in _sentence(text, date=DAY)
