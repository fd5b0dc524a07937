"""Session 24 (speech24): a transcript speaker's own words that name someone else's "he" or "his"."""

from __future__ import annotations

import datetime as dt
from typing import Any

from detente.coding.document import RecordStream
from detente.coding.ownvoice import opens_in_own_voice
from detente.coding.patterns import tokenize

DAY = dt.date(2016, 4, 12)


def _run(*texts: str) -> list[list[dict[str, Any]]]:
    records = [(f"page-9317-{n}", text, DAY, None) for n, text in enumerate(texts)]
    return RecordStream().code_run(records)


def _triples(events: list[dict[str, Any]]) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {(e["event"], tuple(sorted(e["source"])), tuple(sorted(e["target"]))) for e in events}


# --- opening in one's own voice --------------------------------------------------------------------------


def test_own_voice_openings() -> None:
    assert opens_in_own_voice(tokenize("I am grateful to him for his words."))
    assert opens_in_own_voice(tokenize("“We appreciate her personal role."))
    assert opens_in_own_voice(tokenize("Let me thank him for his visit."))


def test_reported_or_other_openings_are_not_own_voice() -> None:
    assert not opens_in_own_voice(tokenize("He told us that we would be welcome."))
    assert not opens_in_own_voice(tokenize("In his words, we are partners."))
    assert not opens_in_own_voice(tokenize("We, the members of the club, met him."))
    assert not opens_in_own_voice(tokenize("I"))


# --- the floor's speaker for such a record -----------------------------------------------------------------


def test_label_speaker_thanks_a_named_leader_for_his_help() -> None:
    out = _run(
        "President of Russia Vladimir Putin: Friends, good afternoon.",
        "I want to thank President Nazarbayev for his personal help with this project.",
    )
    assert ("SUPPORT", ("RUS",), ("KAZ",)) in _triples(out[1])


def test_label_speaker_thanks_a_named_leader_for_what_he_did() -> None:
    out = _run(
        "President of Russia Vladimir Putin: Good afternoon, dear colleagues.",
        "I would like to thank Prime Minister Abe for what he has done for this.",
    )
    assert ("SUPPORT", ("RUS",), ("JPN",)) in _triples(out[1])


def test_reported_he_said_keeps_no_floor_speaker() -> None:
    out = _run(
        "President of Russia Vladimir Putin: Good afternoon, dear colleagues.",
        "He said that we should thank President Nazarbayev.",
    )
    assert all("RUS" not in e["source"] for e in out[1])


# --- a stated supply or investment relation ------------------------------------------------------------------


def test_share_of_gas_supplied_is_cooperation_not_aid() -> None:
    out = _run("Norway provides Poland with most of its gas.")
    assert _triples(out[0]) == {("COOPERATE", ("NOR",), ("POL",))}


def test_share_of_oil_supplied_is_cooperation() -> None:
    out = _run("Kazakhstan supplies Kyrgyzstan with 70 percent of the oil it uses.")
    assert ("COOPERATE", ("KAZ",), ("KGZ",)) in _triples(out[0])


def test_fuel_sent_after_a_disaster_stays_aid() -> None:
    out = _run("Turkey provided Syria with fuel and blankets after the earthquake.")
    assert ("AID", ("TUR",), ("SYR",)) in _triples(out[0])


def test_investment_in_no_one_is_no_event() -> None:
    out = _run("Investment in infrastructure grew by ten percent.")
    assert out[0] == []


# --- ties valued with a partner named after "with" ---------------------------------------------------------


def test_speaker_values_ties_with_a_named_partner() -> None:
    out = _run(
        "President of Russia Vladimir Putin: Ambassadors, friends,",
        "We value our many-sided cooperation with the Republic of Chile.",
    )
    assert ("SUPPORT", ("RUS",), ("CHL",)) in _triples(out[1])


def test_trust_valued_with_a_partner_after_a_clause() -> None:
    out = _run(
        "President of Russia Vladimir Putin: Ambassadors, friends,",
        "We value the trust we have built up with the Omani leadership.",
    )
    assert ("SUPPORT", ("RUS",), ("OMN",)) in _triples(out[1])


def test_valuing_without_a_partner_is_no_support() -> None:
    out = _run(
        "President of Russia Vladimir Putin: Colleagues,",
        "We value the work of our regional teams.",
    )
    assert all(e["event"] != "SUPPORT" for e in out[1])


# --- thanks to "you", the other side of a two-sided transcript ---------------------------------------------


def _talks(*turns: str) -> list[list[dict[str, Any]]]:
    return _run(
        "President of Russia Vladimir Putin: Mr President, friends, welcome to Moscow.",
        *turns,
        "President of Kazakhstan Nursultan Nazarbayev: Thank you, Mr President.",
        "Kazakhstan and Russia are close allies.",
    )


def test_thanks_to_you_is_support_for_the_other_side() -> None:
    out = _talks("Thank you for supporting our proposal on the Caspian Sea.")
    assert ("SUPPORT", ("RUS",), ("KAZ",)) in _triples(out[1])


def test_thanks_of_the_guest_go_to_the_host() -> None:
    out = _run(
        "President of Russia Vladimir Putin: Mr President, friends, welcome to Moscow.",
        "President of Kazakhstan Nursultan Nazarbayev: Mr Putin, thank you for your warm hospitality.",
        "Kazakhstan and Russia are close allies.",
    )
    assert ("SUPPORT", ("KAZ",), ("RUS",)) in _triples(out[1])


def test_thanks_for_attention_is_no_event() -> None:
    out = _talks("Thank you for your attention.")
    assert out[1] == []


def test_bare_thanks_is_no_event() -> None:
    out = _talks("Thank you very much.")
    assert out[1] == []


def test_thanks_on_a_one_sided_page_is_no_event() -> None:
    out = _run(
        "President of Russia Vladimir Putin: Good afternoon, dear colleagues.",
        "Minister of Industry and Trade Denis Manturov: Thank you for supporting our programme.",
    )
    assert all(e["event"] != "SUPPORT" for e in out[1])


def test_thanks_on_a_page_with_a_moderator_is_no_event() -> None:
    out = _run(
        "President of Russia Vladimir Putin: Ladies and gentlemen,",
        "Thank you for supporting our initiative.",
        "President of Kazakhstan Nursultan Nazarbayev: We agree.",
        "Question: Will Kazakhstan join?",
    )
    assert all(e["event"] != "SUPPORT" for e in out[1])
