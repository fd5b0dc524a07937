"""Session 23 (kreml): a single speaker's "the two countries" is the speaker's side and the one other state
the record names (:mod:`detente.coding.readoutacts`)."""

from __future__ import annotations

import datetime as dt

from detente.coding.document import RecordStream
from detente.coding.readoutacts import counterpart_pair

D = dt.date(2017, 3, 14)
PUTIN = "Vladimir Putin, President of Russia"


def _run(texts: list[str], context: str | None = PUTIN, page: str = "kremlin-90001") -> list[list[tuple]]:
    records = [(f"{page}-{n}", text, D, context) for n, text in enumerate(texts, start=40)]
    coded = RecordStream().code_run(records)
    return [[(e["event"], sorted(e["source"]), sorted(e["target"])) for e in events] for events in coded]


def test_pair_from_two_countries_and_one_named_state() -> None:
    records = [
        ("p-1", "Thousands of Serbian students study at our universities.", D, PUTIN),
        ("p-2", "Last spring the two countries held joint festivals of theatre.", D, PUTIN),
    ]
    assert counterpart_pair(records) == ("RUS", "SRB")


def test_our_two_nations_and_a_demonym() -> None:
    records = [
        ("p-1", "Our two nations have a long shared history.", D, PUTIN),
        ("p-2", "Many Slovak firms work in the Russian market.", D, PUTIN),
    ]
    assert counterpart_pair(records) == ("RUS", "SVK")


def test_no_pair_without_bilateral_wording() -> None:
    records = [
        ("p-1", "Thousands of Serbian students study at our universities.", D, PUTIN),
        ("p-2", "We held joint festivals of theatre last spring.", D, PUTIN),
    ]
    assert counterpart_pair(records) == ()


def test_no_pair_when_two_other_states_are_named() -> None:
    records = [
        ("p-1", "Serbian and Hungarian students study at our universities.", D, PUTIN),
        ("p-2", "Last spring the two countries held joint festivals.", D, PUTIN),
    ]
    assert counterpart_pair(records) == ()


def test_no_pair_for_two_speakers_or_none() -> None:
    records = [
        ("p-1", "Serbian students study at our universities.", D, PUTIN),
        ("p-2", "The two countries held joint festivals.", D, "Angela Merkel, Federal Chancellor of Germany"),
    ]
    assert counterpart_pair(records) == ()
    assert counterpart_pair([("p-1", "The two countries held joint festivals in Serbia.", D, None)]) == ()


def test_prefixed_demonym_is_no_side() -> None:
    records = [
        ("p-1", "Many Serbian students study at our universities.", D, PUTIN),
        ("p-2", "The two countries lead integration in the post-Soviet space.", D, PUTIN),
    ]
    assert counterpart_pair(records) == ("RUS", "SRB")


def test_speaker_records_read_as_both_sides() -> None:
    coded = _run(
        [
            "Thousands of Serbian students study at Russian universities.",
            "Last year, within our cultural ties, the two countries held reciprocal weeks of cinema.",
            "We noted our close positions in our exchange of views on regional issues.",
        ]
    )
    assert ("COOPERATE", ["RUS", "SRB"], []) in coded[1]
    assert ("CONSULT", ["RUS", "SRB"], []) in coded[2]


def test_speech_naming_one_foreign_state_without_pair_wording_codes_no_meeting() -> None:
    coded = _run(
        [
            "Thousands of Serbian students study at Russian universities.",
            "We noted our close positions in our exchange of views on regional issues.",
        ]
    )
    assert not any(e[0] == "CONSULT" and "SRB" in e[1] for e in coded[1])


# --- a pair's joint act inside a report of what someone said ---------------------------------------------


def _code(text: str) -> list[tuple]:
    from detente.coding.coder import code_sentence

    return [(e.event.value, sorted(e.source), sorted(e.target)) for e in code_sentence(text, date=D)]


def test_reported_clause_readings() -> None:
    from detente.coding.readoutacts import reported_pair_clause

    assert (
        reported_pair_clause("She also noted that Spain and Portugal held the same view on migration.")
        is None
    )
    inside = reported_pair_clause("Spain and Portugal, she noted, held the same view on migration.")
    assert inside is not None and inside.text == "Spain and Portugal held the same view on migration."
    assert inside.where(0, 5) == (0, 18)  # the pair's words stay where they were
    sentence = "Spain and Portugal, she noted, held the same view on migration."
    assert inside.where(19, 23)[0] == sentence.index("held")  # the rest lies after the sayer
    assert reported_pair_clause("He said the visit had been useful.") is None
    assert reported_pair_clause("Spain and Portugal held the same view on migration.") is None


def test_pair_stance_reported_by_a_sayer() -> None:
    assert ("AGREE", ["ESP", "PRT"], []) in _code(
        "Spain and Portugal, he said, had the same attitude to the fight against smuggling."
    )
    assert ("AGREE", ["ESP", "PRT"], []) in _code(
        "Spain and Portugal, the President said, shared a common position on fishing quotas."
    )


def test_reported_clause_without_a_pair_act_codes_nothing() -> None:
    assert _code("Spain and Portugal, he said, had enjoyed a warm spring this year.") == []
    assert _code("Spain and Portugal, she added, are large countries.") == []


def test_our_mutual_wish_is_the_pair() -> None:
    # (s23, main) "our mutual ..." presupposes the speaker and one other side, as "our two countries" does
    records = [
        ("p-1", "My talks with the President of Chile were most useful.", D, PUTIN),
        ("p-2", "They confirmed our mutual wish to expand trade.", D, PUTIN),
    ]
    assert sorted(counterpart_pair(records)) == ["CHL", "RUS"]
