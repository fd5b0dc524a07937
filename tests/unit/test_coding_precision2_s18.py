"""Precision fixes of the second s18 real-text audit (helper prec2): look-alikes of PLOVER events found in
random samples of coded real sentences (Kremlin pages and English news), each with a near sentence that must
still code the event. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.actors import load_dictionary
from detente.coding.coder import code_sentence

DAY = dt.date(2020, 6, 1)


def _types(text: str) -> set[str]:
    return {e.event.value for e in code_sentence(text, date=DAY)}


def _events(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event.value, e.source, e.target) for e in code_sentence(text, date=DAY)]


# --- AID look-alike: "help" + a task, with no one named who is helped


@pytest.mark.parametrize(
    "text",
    [
        "These new filters help remove dust from the water supply.",
        "The guidelines will help ensure that the country's farms remain profitable.",
        "Regular stretching helps to prevent injuries in older runners.",
    ],
)
def test_help_with_a_task_is_no_aid(text: str) -> None:
    assert "AID" not in _types(text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Japan is helping to rebuild Ukraine's power grid.", ("JPN",), ("UKR",)),
        ("Turkey helped Syria restore its water supply.", ("TUR",), ("SYR",)),
    ],
)
def test_help_for_a_state_stays_aid(text: str, source: tuple[str, ...], target: tuple[str, ...]) -> None:
    assert ("AID", source, target) in _events(text)


# --- COOPERATE/AID look-alike: trade measured as a share of a market


@pytest.mark.parametrize(
    "text",
    [
        "Norway is Germany's largest gas supplier, covering 35 percent of its demand.",
    ],
)
def test_trade_share_is_no_act(text: str) -> None:
    assert not {"AID", "COOPERATE"} & _types(text)


def test_supply_share_is_cooperation_not_aid() -> None:
    # reversed in s24 (speech24, per the session brief: a stated supply relation is COOPERATE)
    assert {"COOPERATE"} == _types("Qatar provides Japan with about 20 percent of its liquefied gas.")


def test_aid_share_stays_aid() -> None:
    assert ("AID", ("DEU",), ("UKR",)) in _events(
        "Germany provided Ukraine with 30 percent of the military aid it received."
    )


# --- intent: "interested in" before a cooperative act announces it (AGREE)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Russia is interested in expanding cooperation with Vietnam.", ("VNM",)),
        ("Brazil is very interested in expanding cooperation with China.", ("CHN",)),
    ],
)
def test_interested_in_cooperating_is_agree(text: str, target: tuple[str, ...]) -> None:
    events = _events(text)
    assert any(t == "AGREE" and tg == target for t, _, tg in events)
    assert not any(t == "COOPERATE" for t, _, _ in events)


def test_cooperation_stepped_up_stays_cooperate() -> None:
    assert "COOPERATE" in _types("Russia and Vietnam stepped up cooperation in the energy sector.")


# --- roles: the one who tells a count of victims is not the attacker; "X tells Y it ..." is X


@pytest.mark.parametrize(
    "text",
    [
        "Afghan official says nine killed in overnight raids.",
        "Nigerian police say 14 injured in market blast.",
    ],
)
def test_sayer_of_a_count_is_no_attacker(text: str) -> None:
    assert not any(t == "ASSAULT" and src for t, src, _ in _events(text))


def test_sayer_of_an_attack_with_its_doer_stays() -> None:
    assert ("ASSAULT", ("UKR",), ()) in [
        (t, s, ()) for t, s, _ in _events("Russia says two Ukrainian soldiers attacked the post.")
    ]


def test_teller_is_who_it_stands_for() -> None:
    events = _events("Iran tells UN it reserves the right to respond.")
    assert any(t == "THREATEN" and s == ("IRN",) for t, s, _ in events)


def test_one_told_what_it_must_do_stays_bidden() -> None:
    assert ("REQUEST", ("EU",), ("RUS",)) in _events("The EU told Russia it must withdraw its troops.")


# --- SANCTION/cancel look-alike: a trip put off for a reason that is not the hosts' doing


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese premier has postponed his visit to Chile amid flooding at home.",
        "The minister postponed her trip to Berlin due to the pandemic.",
    ],
)
def test_trip_put_off_for_another_reason_is_no_sanction(text: str) -> None:
    assert "SANCTION" not in _types(text)


def test_trip_cancelled_over_the_hosts_stays_sanction() -> None:
    assert ("SANCTION", ("TUR",), ("USA",)) in _events(
        "Erdogan cancelled his visit to Washington because of the new US sanctions."
    )


# --- CONSULT: a host welcoming a visiting leader in a city is a meeting; "in his efforts" is praise


def test_welcome_a_president_in_a_city_is_a_meeting() -> None:
    events = code_sentence(
        "I am glad to welcome the President of Mongolia in Moscow.", date=DAY, speaker="RUS"
    )
    assert [(e.event.value, e.target) for e in events] == [("CONSULT", ("MNG",))]


def test_welcome_a_president_in_his_efforts_is_support() -> None:
    events = code_sentence(
        "We welcome the President of Mongolia in his efforts to reform the economy.", date=DAY, speaker="RUS"
    )
    assert [e.event.value for e in events] == ["SUPPORT"]


# --- THREATEN look-alike: "warned that <actor> is ..." — the actor is what the alarm is about, not the warned


@pytest.mark.parametrize(
    "text",
    [
        "Relief agencies have warned that Yemen is sliding into famine.",
        "The WHO warned that Haiti faces a cholera outbreak.",
    ],
)
def test_alarm_about_a_state_is_no_threat(text: str) -> None:
    assert "THREATEN" not in _types(text)


def test_warning_with_a_penalty_stays_threat() -> None:
    assert ("THREATEN", ("TUR",), ("GRC",)) in _events("Turkey warned that Greece would pay a heavy price.")


# --- ACCUSE roles: the victims of a condemned attack are not the ones accused


def test_victims_of_condemned_attack_are_not_accused() -> None:
    events = _events("Qatar condemned the attack on a convoy of aid workers.")
    assert not any(t == "ACCUSE" and "aid workers" in tg for t, _, tg in events)


def test_agent_of_condemned_attack_is_accused() -> None:
    events = _events("The ministry condemned the shelling of a convoy of civilians by the Syrian army.")
    assert any(t == "ACCUSE" and tg == ("SYR",) for t, _, tg in events)


def test_group_condemned_outright_stays_target() -> None:
    assert any(
        t == "ACCUSE" and "journalists" in tg
        for t, _, tg in _events("The minister condemned the journalists.")
    )


# --- actors: the second half of a double-barrelled surname is no state; Georgia the US state


@pytest.mark.parametrize(
    "text",
    [
        "Union negotiator Duncan Crabtree-Ireland criticized the studios.",
        "Lawyer Anna Baker-France praised the ruling.",
    ],
)
def test_surname_half_is_no_state(text: str) -> None:
    assert not any({"IRL", "FRA"} & set(s) for _, s, _ in _events(text))


def test_hyphenated_pair_of_states_stays() -> None:
    mentions = load_dictionary().match("The Russia-Ukraine talks and Merkel-Macron plan", date=DAY)
    assert [m.code for m in mentions] == ["RUS", "UKR", "DEU", "FRA"]


def test_georgia_the_us_state_is_no_country() -> None:
    events = _events("Georgia Republicans criticized the governor over the new voting law.")
    assert not any("GEO" in s or "GEO" in tg for _, s, tg in events)


def test_georgia_the_country_stays() -> None:
    assert any(
        "GEO" in s for _, s, _ in _events("Georgia condemned the Russian strikes on Ukrainian cities.")
    )


def test_help_fund_a_thing_is_no_aid() -> None:
    assert "AID" not in _types("Pension funds help finance public spending by buying government bonds.")


def test_help_fund_a_state_stays_aid() -> None:
    assert ("AID", ("JPN",), ("UKR",)) in _events("Japan helped fund Ukraine's reconstruction.")


# --- idioms and crimes: "kill time"; windows smashed by vandals with no crowd


@pytest.mark.parametrize(
    "text",
    [
        "Stranded travellers played chess to kill time at the station.",
        "We killed a few hours at the museum before the flight.",
    ],
)
def test_killing_time_is_no_assault(text: str) -> None:
    assert "ASSAULT" not in _types(text)


def test_killing_people_stays_assault() -> None:
    assert "ASSAULT" in _types("Militants killed four soldiers near the border.")


def test_vandals_smashing_windows_is_no_riot() -> None:
    assert "PROTEST" not in _types("Vandals smashed the windows of a synagogue overnight.")


def test_rioters_smashing_windows_stays_riot() -> None:
    assert "PROTEST" in _types("Rioters smashed shop windows in Liverpool.")


# --- SANCTION look-alike: advice against travel for the traveller's safety


@pytest.mark.parametrize(
    "text",
    [
        "Canada is advising its citizens against travelling to the border region between Thailand and Cambodia.",
        "Germany warned against travel to Lebanon amid the fighting.",
    ],
)
def test_safety_advisory_is_no_sanction(text: str) -> None:
    assert "SANCTION" not in _types(text)


def test_travel_boycott_stays_sanction() -> None:
    assert ("SANCTION", ("CHN",), ("JPN",)) in _events("China advised its citizens against travel to Japan.")


# --- passes: the victims of an attack told in the sentence attack no one


@pytest.mark.parametrize(
    "text",
    [
        "Local officials said four civilians were killed and 12 others wounded in the Syrian shelling.",
        "At least two civilians were killed in the village by Turkish shelling, officials said.",
    ],
)
def test_victims_are_no_attackers(text: str) -> None:
    events = _events(text)
    assert any(t == "ASSAULT" and "civilians" in tg for t, _, tg in events)
    assert not any(t == "ASSAULT" and "civilians" in s for t, s, _ in events)


# --- AGREE: a hope or belief that cooperation will go on is a wish stated by the one who hopes


def test_hoped_cooperation_is_agree_by_the_hoper() -> None:
    events = _events("Putin expressed hope that Russia and Vietnam would continue working together.")
    assert ("AGREE", ("RUS",), ("VNM",)) in events
    assert not any(t == "COOPERATE" for t, _, _ in events)


def test_cooperation_going_on_stays_cooperate() -> None:
    assert "COOPERATE" in _types("Russia and Vietnam continue working together on energy projects.")


# --- RETREAT look-alike: leaving office told as a time


@pytest.mark.parametrize(
    "text",
    [
        "Merkel has travelled widely since leaving office in 2021.",
        "With Obama, though he was leaving office, Russia was able to work together for several months.",
    ],
)
def test_leaving_office_as_time_is_no_resignation(text: str) -> None:
    assert "RETREAT" not in _types(text)


def test_leaving_office_told_stays() -> None:
    assert "RETREAT" in _types("Blair leaves office in the aftermath of the Iraq war.")


# --- SUPPORT look-alike: a signing asked for or empowered, not done


@pytest.mark.parametrize(
    "text",
    [
        "Paris ignored the repeated calls of Moscow to sign a regional security pact.",
        "The envoy had the authority to sign a trade agreement with Japan.",
    ],
)
def test_signing_called_for_is_no_support(text: str) -> None:
    assert "SUPPORT" not in _types(text)


def test_signing_done_stays_support() -> None:
    assert "SUPPORT" in _types("Russia and China signed a treaty on good-neighbourliness.")
