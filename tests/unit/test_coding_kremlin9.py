"""Kremlin wording of talks, requests and criticism (detente.coding.kremlin9, s28-kconsult): sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DATE = dt.date(2018, 6, 14)
PUTIN = "Vladimir Putin, President of Russia"


def _events(
    text: str, *, context: str | None = None, pair: tuple[str, ...] = ()
) -> set[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    found = code_sentence(text, date=DATE, context=context, participants=pair, reported_meeting=bool(pair))
    return {
        (e.event.value, tuple(sorted(e.source)), tuple(sorted(e.target)), e.polarity.value) for e in found
    }


def _types(text: str, **kw: object) -> set[str]:
    return {t for t, _, _, _ in _events(text, **kw)}  # type: ignore[arg-type]


# --- talks told with a light verb, a topic or "in contact"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("We have had quite productive talks with the Prime Minister of Greece.", "GRC"),
        ("I had several long conversations with the President of Chile this year.", "CHL"),
        ("We talked about these matters with the Chancellor of Austria.", "AUT"),
        ("We have repeatedly raised this question with our Norwegian colleagues.", "NOR"),
        ("We remain in close contact with the Government of Egypt.", "EGY"),
    ],
)
def test_talks_worded_with_light_verbs(text: str, target: str) -> None:
    assert ("CONSULT", ("RUS",), (target,), "asserted") in _events(text, context=PUTIN)


def test_talks_ahead_are_not_held() -> None:
    found = _events("We will have detailed talks with the Prime Minister of Greece.", context=PUTIN)
    assert not [e for e in found if e[0] == "CONSULT" and e[3] == "asserted"]


def test_talks_denied_are_not_held() -> None:
    found = _events("We have not had any serious talks with the Prime Minister of Greece.", context=PUTIN)
    assert ("CONSULT", ("RUS",), ("GRC",), "asserted") not in found


def test_telling_a_foreign_leader() -> None:
    found = _events("I told the President of Peru about our plans in this area.", context=PUTIN)
    assert ("CONSULT", ("RUS",), ("PER",), "asserted") in found


def test_telling_only_carries_a_charge() -> None:
    text = "I told the President of Peru that his government's decision violates the agreement."
    assert ("CONSULT", ("RUS",), ("PER",), "asserted") not in _events(text, context=PUTIN)


def test_position_explained_to_a_side() -> None:
    found = _events("We have explained our position on this to the Government of Japan.", context=PUTIN)
    assert ("CONSULT", ("RUS",), ("JPN",), "asserted") in found


def test_fronted_meeting_with_a_side() -> None:
    found = _events(
        "During my recent meetings with the Prime Minister of Vietnam, we discussed energy.", context=PUTIN
    )
    assert ("CONSULT", ("RUS",), ("VNM",), "asserted") in found


def test_named_body_meeting_taken_part_in() -> None:
    found = _events(
        "Vladimir Putin took part in the session of the Shanghai Cooperation Organisation summit."
    )
    assert "CONSULT" in {t for t, _, _, _ in found}


def test_ongoing_dialogue_with_a_side() -> None:
    found = _events("Our dialogue with the Government of Mexico continues.", context=PUTIN)
    assert ("CONSULT", ("RUS",), ("MEX",), "asserted") in found


def test_had_a_discussion_by_one_of_the_sides() -> None:
    found = _events("Today we had a frank and useful discussion.", context=PUTIN, pair=("RUS", "KOR"))
    assert ("CONSULT", ("KOR", "RUS"), (), "asserted") in found


def test_topic_under_discussion_takes_the_meeting_sides() -> None:
    found = _events("Fisheries were also under discussion.", pair=("RUS", "NOR"))
    assert ("CONSULT", ("NOR", "RUS"), (), "asserted") in found


def test_leaders_analysed() -> None:
    found = _events("The two leaders analysed the situation on the Korean Peninsula.", pair=("RUS", "CHN"))
    assert ("CONSULT", ("CHN", "RUS"), (), "asserted") in found


# --- meetings only mentioned


@pytest.mark.parametrize(
    "text",
    [
        "Thank you very much for inviting us to visit the Republic of Korea.",
        "I would also like to visit your beautiful country some day.",
        "The Norwegian proposal to convene a conference on Arctic fisheries deserves attention.",
        "We do not discuss this subject with Norway at all.",
        "Russia supports the resumption of direct dialogue between Serbia and Kosovo.",
        "After the talks, the two presidents laid flowers at the memorial.",
        "The two ministers attended the award ceremony.",
    ],
)
def test_meetings_only_mentioned(text: str) -> None:
    assert ("CONSULT" not in _types(text, context=PUTIN)) or all(
        p != "asserted" for t, _, _, p in _events(text, context=PUTIN) if t == "CONSULT"
    )


# --- requests


def test_hope_for_another_sides_act_is_a_request() -> None:
    found = _events(
        "We hope that the Government of Myanmar will release the detained journalists.", context=PUTIN
    )
    assert ("REQUEST", ("RUS",), ("MMR",), "asserted") in found


def test_hope_for_better_ties_is_no_request() -> None:
    text = "We hope that relations with the Government of Myanmar will continue to develop."
    assert "REQUEST" not in _types(text, context=PUTIN)


def test_important_for_a_side_to_act() -> None:
    text = (
        "Mr Putin noted that it was very important for the Government of Mali to hold the elections on time."
    )
    assert ("REQUEST", ("RUS",), ("MLI",), "asserted") in _events(text)


def test_a_side_that_should_act() -> None:
    text = "Mr Putin stressed that the Government of Mali should start a dialogue with the opposition."
    assert ("REQUEST", ("RUS",), ("MLI",), "asserted") in _events(text)


def test_own_side_that_should_act_is_no_request() -> None:
    assert "REQUEST" not in _types("Russia should be more active in Latin America.", context=PUTIN)


def test_importance_of_a_sides_compliance() -> None:
    text = "Mr Putin stressed the importance of Armenia's full compliance with the ceasefire."
    assert ("REQUEST", ("RUS",), ("ARM",), "asserted") in _events(text)


def test_waiting_for_a_side_to_act() -> None:
    found = _events(
        "We are still waiting for the Government of Japan to respond to our proposals.", context=PUTIN
    )
    assert ("REQUEST", ("RUS",), ("JPN",), "asserted") in found


def test_invitation_to_the_one_addressed() -> None:
    found = _events("I would like to invite you to visit Russia again.", context=PUTIN, pair=("RUS", "PRT"))
    assert ("REQUEST", ("RUS",), ("PRT",), "asserted") in found


def test_answers_wanted_from_a_side() -> None:
    found = _events("We want clear answers from the Government of Norway.", context=PUTIN)
    assert ("REQUEST", ("RUS",), ("NOR",), "asserted") in found


def test_a_polite_request_is_made() -> None:
    text = "I would like to ask the Norwegian authorities to consider this carefully."
    found = _events(text, context=PUTIN)
    assert ("REQUEST", ("RUS",), ("NOR",), "asserted") in found


def test_a_call_made_by_phone_is_no_request() -> None:
    text = "Vladimir Putin called the President of Portugal to discuss the situation in Africa."
    assert "REQUEST" not in _types(text)


# --- criticism


def test_act_judged_unacceptable_without_a_side() -> None:
    found = _events("Attempts to falsify the history of the war are unacceptable.", context=PUTIN)
    assert ("ACCUSE", ("RUS",), (), "asserted") in found


def test_act_not_judged_unacceptable() -> None:
    assert "ACCUSE" not in _types("Such measures are not unacceptable to us in principle.", context=PUTIN)


def test_a_side_that_broke_its_word() -> None:
    found = _events("The Government of Moldova violated its obligations under the accord.", context=PUTIN)
    assert ("ACCUSE", ("RUS",), ("MDA",), "asserted") in found


def test_a_side_that_should_have_acted() -> None:
    found = _events("The Government of Moldova should have consulted its neighbours.", context=PUTIN)
    assert ("ACCUSE", ("RUS",), ("MDA",), "asserted") in found


def test_double_standards_of_a_side() -> None:
    found = _events("This is a clear case of double standards on the part of Lithuania.", context=PUTIN)
    assert ("ACCUSE", ("RUS",), ("LTU",), "asserted") in found


def test_no_double_standards_is_no_charge() -> None:
    assert "ACCUSE" not in _types(
        "There should be no double standards in the fight against terrorism.", context=PUTIN
    )


def test_conduct_regretted() -> None:
    found = _events("Unfortunately, the Government of Moldova has chosen a different path.", context=PUTIN)
    assert ("ACCUSE", ("RUS",), ("MDA",), "asserted") in found


def test_stance_against_a_sides_act() -> None:
    found = _events("We are categorically against the deployment of Japanese missiles there.", context=PUTIN)
    assert ("ACCUSE", ("RUS",), ("JPN",), "asserted") in found


def test_against_terrorism_is_no_charge() -> None:
    assert "ACCUSE" not in _types("We are against terrorism in all its forms.", context=PUTIN)


def test_not_satisfied_with_a_side() -> None:
    found = _events("We are not satisfied with the position of the Government of Japan.", context=PUTIN)
    assert ("ACCUSE", ("RUS",), ("JPN",), "asserted") in found


def test_no_sense_in_a_sides_act() -> None:
    found = _events("We see no sense in Japan's new military build-up.", context=PUTIN)
    assert ("ACCUSE", ("RUS",), ("JPN",), "asserted") in found


def test_must_not_go_unpunished_condemns() -> None:
    found = _events("The crimes committed by the terrorists must not go unpunished.", context=PUTIN)
    assert "ACCUSE" in {t for t, _, _, _ in found}
    assert "THREATEN" not in {t for t, _, _, _ in found}


def test_inadmissibility_of_force_is_no_assault() -> None:
    found = _types("Mr Putin noted the inadmissibility of the use of force against Venezuela.")
    assert "ACCUSE" in found
    assert "ASSAULT" not in found


def test_a_side_trying_to_isolate_russia() -> None:
    found = _events("The Government of Canada is trying to isolate Russia.", context=PUTIN)
    assert ("ACCUSE", ("RUS",), ("CAN",), "asserted") in found


def test_trying_to_contain_prices_is_no_charge() -> None:
    assert "ACCUSE" not in _types("We are trying to contain prices.", context=PUTIN)


def test_a_quotation_told_is_no_talk() -> None:
    """ "told X that Y 'words'" characterises Y in a quotation: no CONSULT with X (the quote reports nothing)."""
    from detente.coding.coder import code_sentence

    quoted = code_sentence(
        'Erdogan told Peres that Israel "knows very well how to kill".', date=dt.date(2009, 1, 30)
    )
    assert [e for e in quoted if e.event.value == "CONSULT"] == []
    day = dt.date(2022, 1, 10)
    plain = code_sentence(
        "Sergey Lavrov told Antony Blinken about the Russian position on guarantees.", date=day
    )
    assert [(e.event.value, e.source, e.target) for e in plain] == [("CONSULT", ("RUS",), ("USA",))]
    quote = code_sentence('Lavrov told Blinken that Russia "will not tolerate this".', date=day)
    assert [e for e in quote if e.event.value == "CONSULT"] == []
