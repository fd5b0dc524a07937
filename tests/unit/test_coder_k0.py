"""Rules of session 15, helper k0 (Kremlin readouts and speeches): mutual acts are not aimed at their own
sides, courtesies said to "you" are aimed at the addressee (or at no one named), and signing a keepsake is
no signing of an agreement. Sentences are written for these tests, not taken from any corpus."""

from __future__ import annotations

import datetime as dt

import pytest

import coded
from detente.coding.coder import code_sentence
from detente.coding.document import RecordStream

PUB = dt.date(2016, 5, 10)
PUTIN = "Vladimir Putin, President of Russia"

Triple = tuple[str, tuple[str, ...], tuple[str, ...]]


def triples(text: str, context: str | None = None) -> set[Triple]:
    return coded.triples(text, PUB, context=context)


# ------------------------------------------------------------------------ mutual acts and their own sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Both presidents expressed their interest in further developing Russian-Mongolian relations.",
            ("AGREE", ("MNG", "RUS"), ()),
        ),
        (
            "At the meeting the two ministers agreed to restore Russia-NATO contacts.",
            ("AGREE", ("NATO", "RUS"), ()),
        ),
    ],
)
def test_mutual_act_is_not_aimed_at_its_own_sides(text: str, expected: Triple) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # look-alikes: one side acting on another keeps its target
        (
            "Russia and China called on the United States to resume talks.",
            ("REQUEST", ("CHN", "RUS"), ("USA",)),
        ),
        ("Germany and France praised Ukraine for the reform.", ("SUPPORT", ("DEU", "FRA"), ("UKR",))),
    ],
)
def test_mutual_act_on_another_side_keeps_target(text: str, expected: Triple) -> None:
    assert expected in triples(text)


# ------------------------------------------------------------------------ courtesies said to "you"


@pytest.mark.parametrize(
    "text",
    [
        "I congratulate all of you on the holiday, Navy Day.",
        "I want to congratulate you on National Unity Day and wish you success.",
        "Let me thank you for your long and honest service.",
        "I welcome and congratulate you on the anniversary of the Pacific Fleet.",
        "Thank you for accepting the invitation to our SCO summit.",
        "I am glad to welcome you to Kazan for this festival.",
    ],
)
def test_courtesy_to_an_unnamed_audience_codes_nothing(text: str) -> None:
    assert not [t for t in triples(text, PUTIN) if t[0] == "SUPPORT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # look-alikes: the one thanked or welcomed is named
        ("President Putin thanked Kazakhstan for its help.", ("SUPPORT", ("RUS",), ("KAZ",))),
        ("The Kremlin welcomed the decision of Armenia to join the union.", ("SUPPORT", ("RUS",), ("ARM",))),
        (
            "The Chinese leader congratulated Vladimir Putin on his re-election.",
            ("SUPPORT", ("CHN",), ("RUS",)),
        ),
    ],
)
def test_courtesy_to_a_named_actor_stays(text: str, expected: Triple) -> None:
    assert expected in triples(text)


def test_thanks_to_you_after_talks_go_to_the_other_side() -> None:
    stream = RecordStream()
    day = dt.date(2016, 5, 10)
    stream(
        "doc1-0", "Vladimir Putin and Prime Minister of Hungary Viktor Orban held talks in Moscow.", day, None
    )
    stream("doc1-1", "The two leaders discussed energy projects.", day, None)
    events = stream("doc1-2", "Mr Putin thanked you for the productive work.", day, None)
    assert [(e["event"], e["source"], e["target"]) for e in events] == [("SUPPORT", ["RUS"], ["HUN"])]


# ------------------------------------------------------------------------ signed keepsakes


@pytest.mark.parametrize(
    "text",
    [
        "Before leaving, the Russian President signed the museum's guest book.",
        "Vladimir Putin signed autographs for the young hockey players.",
        "Mr Putin signed a football for the team's captain.",
    ],
)
def test_signing_a_keepsake_is_no_signing(text: str) -> None:
    assert not [t for t in triples(text) if t[0] == "SUPPORT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia and Belarus signed a book-trade agreement.", ("SUPPORT", ("BLR", "RUS"), ())),
        ("Putin and Erdogan signed the treaty on the shared border.", ("SUPPORT", ("RUS", "TUR"), ())),
    ],
)
def test_signing_an_agreement_stays(text: str, expected: Triple) -> None:
    assert expected in triples(text)


# ------------------------------------------------------------------------ what a talk is about


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin exchanged views on the situation in Iraq with Chirac.", ("CONSULT", ("RUS",), ("FRA",))),
        ("Putin exchanged views with Chirac on the situation in Iraq.", ("CONSULT", ("RUS",), ("FRA",))),
        ("Lavrov and Kerry exchanged opinions on the Yemeni conflict.", ("CONSULT", ("RUS", "USA"), ())),
    ],
)
def test_topic_of_an_exchange_of_views_is_no_counterpart(text: str, expected: Triple) -> None:
    got = triples(text)
    assert expected in got
    assert not [t for t in got if t[0] == "CONSULT" and ("IRQ" in t[2] or "YEM" in t[2])]


@pytest.mark.parametrize(
    "text",
    [
        "The delegates will exchange views on ending the fighting in Yemen, including on a truce, the return "
        "of refugees and launching broad negotiations under the auspices of the United Nations.",
        "The envoys will exchange opinions on rebuilding Iraq and starting talks with the European Union.",
    ],
)
def test_acts_in_the_topic_of_an_exchange_are_not_reported(text: str) -> None:
    assert not [t for t in triples(text) if t[0] == "CONSULT" and t[2]]


def test_a_finite_act_after_the_talk_stays() -> None:
    got = triples("Putin and Erdogan exchanged views on Syria and signed a treaty on the border.")
    assert ("SUPPORT", ("RUS", "TUR"), ()) in got


# ------------------------------------------------------------------------ things received are no guests


@pytest.mark.parametrize(
    "text",
    [
        "The peace plan has received the African Union's backing.",
        "The ceasefire accord received the UN Security Council's support last week.",
        "Residents who receive Russian passports will be able to vote.",
    ],
)
def test_receiving_a_thing_is_no_meeting(text: str) -> None:
    assert not [t for t in triples(text) if t[0] == "CONSULT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin received the Finnish President in the Kremlin.", ("CONSULT", ("RUS",), ("FIN",))),
        ("Vladimir Putin received Chinese Premier Li Keqiang.", ("CONSULT", ("RUS",), ("CHN",))),
    ],
)
def test_receiving_a_guest_stays_a_meeting(text: str, expected: Triple) -> None:
    assert expected in triples(text)


# ------------------------------------------------------------------------ joint bodies of two states


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Russian-Armenian Intergovernmental Commission held its session in Yerevan.",
            ("CONSULT", ("ARM", "RUS"), ()),
        ),
        (
            "The Russian-Mongolian Intergovernmental Commission met in Ulan Bator.",
            ("CONSULT", ("MNG", "RUS"), ()),
        ),
    ],
)
def test_a_joint_commission_meeting_is_a_meeting_of_both(text: str, expected: Triple) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Russian Orthodox Church held a session on Monday.",
        "The Russian-German Chamber of Commerce held a meeting in Berlin.",
    ],
)
def test_other_names_after_a_demonym_are_no_meeting_of_states(text: str) -> None:
    assert not [t for t in triples(text) if t[0] == "CONSULT" and len(t[1]) > 1]


# ------------------------------------------------------------------------ who sought a call


def _stream(lines: list[str], context: str | None = None) -> list[list[tuple[str, list[str], list[str]]]]:
    return coded.stream(lines, dt.date(2011, 3, 2), context, document="p7")


def test_a_call_on_one_side_s_initiative_goes_from_that_side() -> None:
    out = _stream(
        [
            "Dmitry Medvedev had a telephone conversation with Israeli Prime Minister Benjamin Netanyahu.",
            "The call was held at the initiative of the Israeli side.",
        ]
    )
    assert ("CONSULT", ["ISR"], ["RUS"]) in out[1]


@pytest.mark.parametrize(
    "text",
    [
        "The telephone call took place on the initiative of the Finnish side.",
        "The conversation took place at the Finnish side's initiative.",
    ],
)
def test_a_readout_s_call_sought_by_the_other_side_targets_the_speaker(text: str) -> None:
    assert ("CONSULT", ("FIN",), ("RUS",)) in triples(text, PUTIN)


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes: no call held, or no one to call
        "Contacts were frozen on the initiative of the Finnish side.",
    ],
)
def test_initiative_without_a_call_and_its_other_side_codes_no_meeting(text: str) -> None:
    assert not [t for t in triples(text) if t[0] == "CONSULT"]


# ------------------------------------------------------------------------ documents signed in a readout


def test_a_document_signed_in_a_readout_is_signed_by_the_sides() -> None:
    out = _stream(
        [
            "Vladimir Putin and Armenian President Serzh Sargsyan held talks in the Kremlin.",
            "The two leaders discussed energy and transport.",
            "A memorandum was also signed to set up a joint university in Yerevan.",
            "The previous treaty was signed in 1997.",
        ]
    )
    assert ("SUPPORT", ["ARM", "RUS"], []) in out[2]
    assert not [e for e in out[2] if e[0] == "CONSULT"]
    assert not [e for e in out[3] if e[0] == "SUPPORT"]


def test_judging_a_meeting_still_codes_it() -> None:
    out = _stream(
        [
            "Vladimir Putin and Armenian President Serzh Sargsyan held talks in the Kremlin.",
            "The talks were open and friendly.",
        ]
    )
    assert ("CONSULT", ["ARM", "RUS"], []) in out[1]


# ------------------------------------------------------------------------ information given is no aid


def test_information_given_is_no_aid() -> None:
    got = triples("The minister gave information on the planned military manoeuvres near the border.")
    assert not [t for t in got if t[0] == "AID"]


def test_military_aid_given_stays_aid() -> None:
    assert ("AID", ("RUS",), ("SYR",)) in triples("Russia gave Syria military aid.")


# ------------------------------------------------------------------------ joint exercises of two states


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian-Chinese naval drills were held in the Yellow Sea.", ("COOPERATE", ("CHN", "RUS"), ())),
        (
            "Russian-Serbian exercises will take place near Belgrade next month.",
            ("COOPERATE", ("RUS", "SRB"), ()),
        ),
        ("The joint drills staged by Russia and Belarus ended on Sunday.", ("COOPERATE", ("BLR", "RUS"), ())),
    ],
)
def test_joint_exercises_of_two_states_are_cooperation(text: str, expected: Triple) -> None:
    got = triples(text)
    assert expected in got
    assert not [t for t in got if t[0] == "MOBILIZE" and t[2]]  # held in a sea or a country: aimed at no one


def test_exercises_due_to_take_place_are_future() -> None:
    events = code_sentence("Russian-Kazakh exercises due to take place in Siberia were discussed.", date=PUB)
    assert any(e.event.value == "COOPERATE" and e.polarity.value == "future" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes: one state's exercise, and "due to" meaning "because of"
        "Russian exercises took place in the Baltic region.",
        "The drills were postponed due to the storm.",
    ],
)
def test_one_state_s_drills_are_no_cooperation(text: str) -> None:
    assert not [t for t in triples(text) if t[0] == "COOPERATE"]


# ------------------------------------------------------------------------ help that only helps an act along


@pytest.mark.parametrize(
    "text",
    [
        "The minister hoped the new envoy would help strengthen Russian-Tajik cooperation.",
        "Such visits help to improve relations between Moscow and Baku.",
    ],
)
def test_help_before_another_act_is_no_aid(text: str) -> None:
    assert not [t for t in triples(text) if t[0] == "AID"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia is helping to rebuild Syria's power grid.", ("AID", ("RUS",), ("SYR",))),
        ("Japan helped Indonesia after the tsunami.", ("AID", ("JPN",), ("IDN",))),
    ],
)
def test_help_that_is_given_stays_aid(text: str, expected: Triple) -> None:
    assert expected in triples(text)


# ------------------------------------------------------------------------ closing formulas after talks


@pytest.mark.parametrize(
    "text", ["Thank you for your attention.", "Thank you very much.", "Thank you all once again."]
)
def test_closing_thanks_after_talks_code_nothing(text: str) -> None:
    out = _stream(
        [
            "Vladimir Putin and Prime Minister of Hungary Viktor Orban held talks in Moscow.",
            "The two leaders discussed energy projects.",
            text,
        ]
    )
    assert out[2] == []


def test_we_exchanged_opinions_after_talks_is_both_sides() -> None:
    out = _stream(
        [
            "Vladimir Putin and Prime Minister of Hungary Viktor Orban held talks in Moscow.",
            "The two leaders discussed energy projects.",
            "We also exchanged opinions on regional affairs, including the work of the SCO and the CSTO.",
        ],
        PUTIN,
    )
    assert ("CONSULT", ["HUN", "RUS"], []) in out[2]


def test_a_new_clause_after_an_exchange_of_views_is_reported() -> None:
    got = triples(
        "As part of their contacts to exchange views before the summit, Putin and Biden discussed arms control."
    )
    assert ("CONSULT", ("RUS", "USA"), ()) in got


# ------------------------------------------------------------------------ duties and standing


@pytest.mark.parametrize(
    "text",
    [
        "As permanent members, China and Britain bear special responsibility for maintaining global security.",
        "The Council, which bears primary responsibility for keeping the peace, met on Monday.",
    ],
)
def test_a_duty_is_no_blame(text: str) -> None:
    assert not [t for t in triples(text) if t[0] == "ACCUSE"]


def test_responsibility_for_a_wrong_stays_blame() -> None:
    got = triples("Iran bears responsibility for the attack on the tanker.")
    assert [t for t in got if t[0] == "ACCUSE" and t[2] == ("IRN",)]


def test_the_sides_backing_a_body_s_role_after_a_call() -> None:
    out = _stream(
        [
            "Vladimir Putin had a telephone conversation with French President Jacques Chirac.",
            "They stressed the need to strengthen the role of the OSCE in settling the conflict.",
        ]
    )
    assert [e for e in out[1] if e[0] == "SUPPORT" and e[2] == ["OSCE"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "India and Brazil strengthened the role of the G20 in global governance.",
            ("SUPPORT", ("BRA", "IND"), ("G20",)),
        ),
    ],
)
def test_backing_a_body_s_role_is_support(text: str, expected: Triple) -> None:
    assert expected in triples(text)


def test_a_contribution_to_a_role_is_a_description() -> None:
    got = triples("The deal is an important Italian contribution to strengthening the role of the OSCE.")
    assert not [t for t in got if t[0] == "SUPPORT" and "OSCE" in t[2]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lula and Modi stressed the need to strengthen the role of the BRICS.",
            ("SUPPORT", ("BRA", "IND"), ("BRICS",)),
        ),
        (
            "Macron also stressed the need to uphold the authority of the OSCE.",
            ("SUPPORT", ("FRA",), ("OSCE",)),
        ),
    ],
)
def test_who_stresses_the_need_to_back_a_body_backs_it(text: str, expected: Triple) -> None:
    assert expected in triples(text)


def test_a_need_stressed_for_another_act_is_no_act_by_the_speaker() -> None:
    got = triples("Merkel stressed the need to impose sanctions on Iran.")
    assert not [t for t in got if t[0] == "SANCTION" and t[1]]


def test_a_group_named_after_a_country_is_not_that_country() -> None:
    got = triples("Moscow welcomed the plan backed by the International Syria Support Group.")
    assert not [t for t in got if "SYR" in t[1] + t[2]]


def test_the_country_alone_stays_the_country() -> None:
    assert ("SUPPORT", ("RUS",), ("SYR",)) in triples("Moscow supports Syria in its fight.")


# ------------------------------------------------------------------------ what only looks like a request


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia and Mongolia seek to deepen their mutually beneficial cooperation.",
            ("AGREE", ("MNG", "RUS"), ()),
        ),
    ],
)
def test_seeking_to_act_is_an_aim(text: str, expected: Triple) -> None:
    got = triples(text)
    assert expected in got
    assert not [t for t in got if t[0] == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin and Recep Tayyip Erdogan then made press statements.",
        "The leaders of Russia and Belarus held a joint press conference.",
    ],
)
def test_press_as_a_noun_asks_for_nothing(text: str) -> None:
    assert not [t for t in triples(text) if t[0] == "REQUEST"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kazakhstan sought military assistance from Russia.", ("REQUEST", ("KAZ",), ("RUS",))),
        ("Washington pressed Ankara to release the pastor.", ("REQUEST", ("USA",), ("TUR",))),
    ],
)
def test_real_requests_stay(text: str, expected: Triple) -> None:
    assert expected in triples(text)


def test_a_call_held_on_one_sides_initiative_codes_that_side_calling() -> None:
    """With no other side named (a Kremlin readout's second sentence read alone), the side whose initiative
    it was still made the call: kremlin-nato-7 and kremlin-nato-2 code it so (the counterpart comes from the
    document when the record is read with it)."""
    assert ("CONSULT", ("FIN",), ()) in triples("The call took place on the initiative of the Finnish side.")
