"""s33-sidefix11: a readout run's unsaid sides - the guest alone on a Kremlin-like page, a state with NATO,
and counted meetings ("the five leaders") that must not take a smaller page's pair."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import pytest

from detente.coding import evaluate as ev
from detente.coding import sidefix11
from detente.coding.document import RecordStream

DATE = "2011-06-14"


def _line(rid: str, text: str, date: str = DATE, context: str | None = None) -> str:
    record: dict[str, Any] = {"id": rid, "text": text, "date": date}
    if context:
        record["context"] = context
    return json.dumps(record)


def _run(lines: Sequence[str]) -> list[dict[str, Any]]:
    return [json.loads(out) for out in ev.run_contract(lines, RecordStream())]


def _sources(out: dict[str, Any], event: str) -> list[list[str]]:
    return [sorted(e["source"]) for e in out["events"] if e["event"] == event]


# --- the guest alone on a Kremlin-like page --------------------------------------------------------


@pytest.mark.parametrize(
    ("guest", "follow", "event", "other"),
    [
        (
            "Benjamin Netanyahu told the press that his country would mark the holiday too.",
            "The sides agreed to stay in touch.",
            "AGREE",
            "ISR",
        ),
        (
            "Angela Merkel spoke about the gas transit plans.",
            "Both sides confirmed their readiness to settle the open trade questions soon.",
            "AGREE",
            "DEU",
        ),
        (
            "Nicolas Sarkozy arrived in the morning.",
            "The two leaders discussed energy ties and the outlook for joint projects.",
            "CONSULT",
            "FRA",
        ),
    ],
)
def test_guest_alone_pairs_with_the_home_side(guest: str, follow: str, event: str, other: str) -> None:
    out = _run([_line("kremlin-80101-2", guest), _line("kremlin-80101-3", follow)])
    assert _sources(out[1], event) == [sorted(["RUS", other])]


def test_guest_saying_both_sides_agreed() -> None:
    out = _run(
        [
            _line("kremlin-80102-1", "The talks lasted over three hours."),
            _line(
                "kremlin-80102-2", "Silvio Berlusconi said both sides had come to terms on most questions."
            ),
        ]
    )
    assert _sources(out[1], "AGREE") == [["ITA", "RUS"]]


def test_guest_of_a_page_without_kremlin_id_needs_a_russian_context() -> None:
    lines = [
        _line("press-80103-1", "Angela Merkel spoke about the gas transit plans."),
        _line("press-80103-2", "The sides agreed to stay in touch."),
    ]
    assert _sources(_run(lines)[1], "AGREE") == [[]]
    with_context = [
        _line("press-80104-1", "Angela Merkel spoke about the gas transit plans.", context="Vladimir Putin"),
        _line("press-80104-2", "The sides agreed to stay in touch."),
    ]
    assert sidefix11.home_page([("press-80104-1", "x", ev.dt.date(2011, 6, 14), "Vladimir Putin")])
    assert _sources(_run(with_context)[1], "AGREE") == [["DEU", "RUS"]]


def test_two_foreign_guests_lend_no_home_pair() -> None:
    assert (
        sidefix11.home_pair(
            [("kremlin-80105-1", "Angela Merkel and Nicolas Sarkozy spoke.", ev.dt.date(2011, 6, 14), None)]
        )
        == ()
    )
    out = _run(
        [
            _line("kremlin-80105-1", "Angela Merkel and Nicolas Sarkozy spoke about the gas transit plans."),
            _line("kremlin-80105-2", "The sides agreed to stay in touch."),
        ]
    )
    assert all("RUS" not in s for s in _sources(out[1], "AGREE"))


def test_guest_with_another_state_named_lends_nothing() -> None:
    assert (
        sidefix11.home_pair(
            [("kremlin-80106-1", "Angela Merkel said Poland had raised it.", ev.dt.date(2011, 6, 14), None)]
        )
        == ()
    )
    out = _run(
        [
            _line("kremlin-80106-1", "Angela Merkel said Poland had raised the matter in Brussels."),
            _line("kremlin-80106-2", "The sides agreed to stay in touch."),
        ]
    )
    assert all("RUS" not in s for s in _sources(out[1], "AGREE"))


def test_sides_never_named_stay_empty() -> None:
    out = _run(
        [
            _line("kremlin-80107-1", "The talks lasted over three hours."),
            _line("kremlin-80107-2", "The sides agreed to stay in touch."),
        ]
    )
    assert _sources(out[1], "AGREE") == [[]]


def test_ids_without_numbers_lend_nothing() -> None:
    out = _run(
        [
            _line("readout", "Angela Merkel spoke about the gas transit plans."),
            _line("readout", "The sides agreed to stay in touch."),
        ]
    )
    assert _sources(out[1], "AGREE") == [[]]


def test_set_label_without_page_number_lends_no_home_pair() -> None:
    assert sidefix11.home_pair([]) == ()
    out = _run(
        [
            _line("kx-1", "Angela Merkel spoke about the gas transit plans."),
            _line("kx-2", "The sides agreed to stay in touch."),
        ]
    )
    assert _sources(out[1], "AGREE") == [[]]


# --- a state with NATO ------------------------------------------------------------------------------


def test_russia_and_nato_council_pair() -> None:
    out = _run(
        [
            _line(
                "kremlin-80201-1", "Mr Putin said Russia valued the work of the NATO-Russia Council highly."
            ),
            _line("kremlin-80201-2", "He added that contacts with the Alliance had grown in recent months."),
            _line("kremlin-80201-3", "Both partners were ready to widen their joint work at sea."),
        ]
    )
    assert ["NATO", "RUS"] in _sources(out[2], "AGREE")


def test_secretary_general_and_russian_minister() -> None:
    assert sidefix11.org_pair(
        [
            (
                "nato-2007-04-20-1",
                "NATO Secretary General Jaap de Hoop Scheffer received Sergei Lavrov.",
                ev.dt.date(2007, 4, 20),
                None,
            ),
            ("nato-2007-04-20-2", "The sides discussed missile defence.", ev.dt.date(2007, 4, 20), None),
        ]
    ) == ("RUS", "NATO")


def test_nato_as_a_topic_with_the_eu_lends_nothing() -> None:
    records = [
        (
            "kremlin-80202-1",
            "They spoke of Russia's ties with NATO and the European Union.",
            ev.dt.date(2011, 6, 14),
            None,
        ),
        ("kremlin-80202-2", "The sides agreed to meet again.", ev.dt.date(2011, 6, 14), None),
    ]
    assert sidefix11.org_pair(records) == ()


def test_nato_named_only_in_passing_lends_nothing() -> None:
    records = [
        (
            "kremlin-80203-1",
            "Russia criticised the plans of NATO in the Baltic.",
            ev.dt.date(2011, 6, 14),
            None,
        ),
        ("kremlin-80203-2", "The sides agreed to meet again.", ev.dt.date(2011, 6, 14), None),
    ]
    assert sidefix11.org_pair(records) == ()


def test_two_states_and_nato_lend_no_org_pair() -> None:
    records = [
        ("nato-80204-1", "NATO and Russian envoys met Ukrainian officials.", ev.dt.date(2011, 6, 14), None),
        ("nato-80204-2", "The sides agreed to meet again.", ev.dt.date(2011, 6, 14), None),
    ]
    assert sidefix11.org_pair(records) == ()


# --- counted meetings -------------------------------------------------------------------------------


def test_four_leaders_named_take_all_four() -> None:
    out = _run(
        [
            _line(
                "kremlin-80301-0",
                "Vladimir Putin, Angela Merkel, Francois Hollande and Petro Poroshenko spoke by telephone.",
                date="2015-08-29",
            ),
            _line(
                "kremlin-80301-1", "The four leaders discussed the ceasefire in Donbass.", date="2015-08-29"
            ),
        ]
    )
    assert _sources(out[1], "CONSULT") == [sorted(["RUS", "DEU", "FRA", "UKR"])]


def test_counted_meeting_larger_than_the_pair_takes_nothing() -> None:
    out = _run(
        [
            _line("kremlin-80302-0", "Vladimir Putin met with Angela Merkel."),
            _line("kremlin-80302-1", "Later the four leaders discussed the gas dispute."),
        ]
    )
    assert all(len(s) != 2 for s in _sources(out[1], "CONSULT"))


@pytest.mark.parametrize(
    ("text", "sides", "fits"),
    [
        ("The five leaders discussed Syria.", ("RUS", "GBR", "FRA", "DEU", "ITA"), True),
        ("The five leaders discussed Syria.", ("RUS", "GBR"), False),
        ("All three sides agreed to meet again.", ("RUS", "ARM", "AZE"), True),
        ("The three presidents met.", ("RUS", "FRA"), False),
        ("The two leaders met.", ("RUS", "FRA"), True),
        ("The leaders met.", ("RUS", "FRA"), True),
        ("The five leaders met.", (), True),
    ],
)
def test_count_fits(text: str, sides: tuple[str, ...], fits: bool) -> None:
    assert sidefix11.count_fits(text, sides) is fits


def test_nato_as_a_topic_of_two_leaders_lends_nothing() -> None:
    day = ev.dt.date(2002, 4, 29)
    records = [
        (
            "kremlin-80205-1",
            "The two leaders touched on the new Russia-NATO body and its first steps.",
            day,
            None,
        ),
        ("kremlin-80205-2", "They also discussed bilateral relations.", day, None),
    ]
    assert sidefix11.org_pair(records) == ()
    records = [
        (
            "kremlin-80206-1",
            "Mr Putin said Russia wanted a new Russia-NATO body to start work soon.",
            day,
            None,
        ),
        ("kremlin-80206-2", "They also discussed bilateral relations.", day, None),
    ]
    assert sidefix11.org_pair(records) == ()


def test_nato_and_russian_envoys_pair_in_a_run() -> None:
    same_day = _run(
        [
            _line("nato-2009-06-27-1", "NATO and Russian envoys met on Corfu for an informal session."),
            _line("nato-2009-06-27-2", "The sides agreed to resume military contacts."),
        ]
    )
    assert _sources(same_day[1], "AGREE") == [["NATO", "RUS"]]


def test_domestic_meeting_lends_no_home_pair() -> None:
    out = _run(
        [
            _line("kremlin-80401-1", "Vladimir Putin met with the Governor of the Tula Region."),
            _line("kremlin-80401-2", "The sides discussed the regional budget and new roads."),
        ]
    )
    assert all(len(s) < 2 for s in _sources(out[1], "CONSULT"))


def test_two_meetings_on_one_page_lend_no_home_pair() -> None:
    out = _run(
        [
            _line("kremlin-80402-1", "Earlier in the day Angela Merkel visited the exhibition."),
            _line("kremlin-80402-2", "In the evening Silvio Berlusconi arrived for dinner."),
            _line("kremlin-80402-3", "The sides agreed to stay in touch."),
        ]
    )
    assert all("RUS" not in s for s in _sources(out[2], "AGREE"))


# --- a speaker's record telling the meeting in the third person ------------------------------------


def test_russian_speaker_tells_both_sides_agreed() -> None:
    out = _run(
        [
            _line(
                "press-80501-3",
                "The Chancellor of Germany said both sides had come to terms on most points.",
                context="Sergei Lavrov",
            )
        ]
    )
    assert _sources(out[0], "AGREE") == [["DEU", "RUS"]]


def test_russian_speaker_tells_the_presidents_talks() -> None:
    out = _run(
        [
            _line("press-80502-1", "Recep Tayyip Erdogan arrived in Sochi in the morning."),
            _line(
                "press-80502-2", "The Presidents agreed to keep working together.", context="Dmitry Peskov"
            ),
        ]
    )
    assert _sources(out[1], "AGREE") == [["RUS", "TUR"]]


def test_foreign_speaker_lends_no_home_pair() -> None:
    out = _run(
        [
            _line("press-80503-1", "Angela Merkel greeted the guests."),
            _line("press-80503-2", "The Presidents agreed to keep working together.", context="Donald Tusk"),
        ]
    )
    assert all("RUS" not in s for s in _sources(out[1], "AGREE"))


def test_speaker_without_page_number_lends_nothing() -> None:
    out = _run(
        [
            _line(
                "lavrov",
                "The Chancellor of Germany said both sides had come to terms on most points.",
                context="Sergei Lavrov",
            )
        ]
    )
    assert _sources(out[0], "AGREE") == [[]]


# --- a pair the record itself names after its opening -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders discussed the Balkans, and Mr Putin informed Mr Schroeder about Russian aims.",
        "They discussed trade, and Vladimir Putin informed Gerhard Schroeder about the pipeline plans.",
        "At the talks, the sides discussed energy, and Mr Putin briefed Mr Schroeder on the Caucasus.",
    ],
)
def test_opening_pair_named_later_in_the_record(text: str) -> None:
    out = _run([_line("kremlin-80601-0", text, date="2000-06-15")])
    assert ["DEU", "RUS"] in _sources(out[0], "CONSULT")


def test_opening_pair_not_taken_from_a_past_meeting() -> None:
    out = _run(
        [
            _line(
                "kremlin-80602-0",
                "The sides recalled that Mr Putin had met Mr Schroeder in May.",
                date="2000-06-15",
            )
        ]
    )
    assert ["DEU", "RUS"] not in _sources(out[0], "CONSULT")


def test_opening_pair_not_taken_in_a_speakers_words() -> None:
    out = _run(
        [
            _line(
                "kremlin-80603-0",
                "The two leaders discussed the Balkans, and Mr Putin informed Mr Schroeder about Russian aims.",
                date="2000-06-15",
                context="Dmitry Peskov",
            )
        ]
    )
    assert ["DEU", "RUS"] not in _sources(out[0], "CONSULT")


def test_opening_pair_of_a_larger_count_not_taken() -> None:
    out = _run(
        [
            _line(
                "kremlin-80604-0",
                "The four leaders discussed the Balkans, and Mr Putin informed Mr Schroeder about Russian aims.",
                date="2000-06-15",
            )
        ]
    )
    assert ["DEU", "RUS"] not in _sources(out[0], "CONSULT")
