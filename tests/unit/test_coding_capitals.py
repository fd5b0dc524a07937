"""Third parties' official statements on Russia (detente.coding.capitals and the `# --- s26-capitals` block
of data/patterns.toml, s26-capitals): sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from detente.coding.coder import code_sentence

DATE = dt.date(2023, 5, 10)

Triple = tuple[str, tuple[str, ...], tuple[str, ...]]


def _events(text: str, context: str | None = None) -> set[Triple]:
    return {(e.event.value, e.source, e.target) for e in code_sentence(text, date=DATE, context=context)}


def _types(text: str, context: str | None = None) -> set[str]:
    return {e.event.value for e in code_sentence(text, date=DATE, context=context)}


# --- attributions (patterns)


def test_attribution_with_the_wrong_spelled_out_is_an_accusation() -> None:
    got = _events(
        "Her Majesty's Government attributes the poisoning of the defector in Wiltshire to officers of the Russian "
        "military intelligence service.",
        "UK Foreign Office news story.",
    )
    assert ("ACCUSE", ("GBR",), ("RUS",)) in got


def test_naming_a_service_as_perpetrator_is_an_accusation() -> None:
    got = _events(
        "The United States today names the Russian Foreign Intelligence Service as the perpetrator of the hack."
    )
    assert ("ACCUSE", ("USA",), ("RUS",)) in got


def test_assessment_that_a_service_was_almost_certainly_responsible() -> None:
    got = _events(
        "The Government has assessed that the GRU was almost certainly responsible for the attack on the network.",
        "UK Foreign Office news story.",
    )
    assert "ACCUSE" in {t for t, _s, _g in got} and any(g == ("RUS",) for _t, _s, g in got)


def test_attributing_a_success_is_no_accusation() -> None:
    assert "ACCUSE" not in _types(
        "The Prime Minister attributed the success of the talks to the patience of the mediators."
    )


# --- measures (patterns)


def test_agreement_on_a_sanctions_package_is_the_sanction() -> None:
    got = _events("The European Union reached agreement on a ninth package of sanctions against Russia.")
    assert ("SANCTION", ("EU",), ("RUS",)) in got and "AGREE" not in {t for t, _s, _g in got}


def test_border_kept_closed_is_a_sanction() -> None:
    got = _events("Finland will keep its border crossings with Russia closed until the end of March.")
    assert "SANCTION" in {t for t, _s, _g in got}


def test_shops_kept_shut_are_no_sanction() -> None:
    assert "SANCTION" not in _types("Traders in the old town kept their shops shut during the heatwave.")


def test_aid_package_told_with_its_worth_before_the_receiver() -> None:
    got = _events(
        "A package of military assistance worth 400 million euros, including artillery shells, was announced "
        "for Ukraine by the Dutch government."
    )
    assert ("AID", ("NLD",), ("UKR",)) in got


def test_talks_held_on_a_day_between_two_sides_are_a_meeting() -> None:
    got = _events(
        "The Secretary-General welcomes the talks held today between delegations of Armenia and Azerbaijan."
    )
    assert ("CONSULT", ("ARM", "AZE"), ()) in got


# --- module passes


def test_rejects_and_condemns_gives_both_judgements() -> None:
    got = _types(
        "Poland firmly rejects and unequivocally condemns Belarus's annexation of the border villages."
    )
    assert {"REJECT", "ACCUSE"} <= got


def test_rejection_alone_adds_no_condemnation() -> None:
    assert "ACCUSE" not in _types("Poland rejects the Belarusian proposal on the border regime.")


def test_call_to_stop_after_a_protest_is_a_demand_too() -> None:
    got = _events(
        "Latvia strongly protests against the pushing of migrants by the Lukashenko regime and calls on Minsk to "
        "stop organising illegal border crossings."
    )
    assert ("REQUEST", ("LVA",), ("BLR",)) in got and ("ACCUSE", ("LVA",), ("BLR",)) in got


def test_breach_given_as_reason_for_a_withdrawal_is_an_accusation() -> None:
    got = _events(
        "The United States withdrew from the treaty because of Russia's continued violation of its terms."
    )
    assert ("ACCUSE", ("USA",), ("RUS",)) in got


def test_reason_without_breach_adds_no_accusation() -> None:
    got = _types(
        "The United States withdrew from the treaty because of Russia's new position on verification."
    )
    assert "ACCUSE" not in got


def test_intruder_told_as_it_after_the_shooting_down() -> None:
    got = _events("Turkish jets shot down a Russian bomber after it violated Turkish airspace.")
    assert ("MOBILIZE", ("RUS",), ("TUR",)) in got and ("ASSAULT", ("TUR",), ("RUS",)) in got


def test_suspected_act_is_not_coded() -> None:
    got = _types(
        "The Ministry asked the Russian Embassy for an explanation after a Russian aircraft was suspected of having "
        "violated Estonian airspace.",
        "Estonian Ministry of Foreign Affairs.",
    )
    assert "MOBILIZE" not in got and "REQUEST" in got


def test_captors_named_in_a_call_for_release() -> None:
    got = _events(
        "The European Union calls for the immediate release of the Georgian citizens detained by Russia."
    )
    assert ("REQUEST", ("EU",), ("RUS",)) in got and ("COERCE", ("RUS",), ("GEO",)) in got


def test_release_without_captor_adds_no_detention() -> None:
    assert "COERCE" not in _types("The European Union calls for the release of all political prisoners.")


def test_the_department_is_the_issuer_of_the_statement() -> None:
    got = _events("The Department summoned the Russian ambassador.", "US State Department press statement.")
    assert ("ACCUSE", ("USA",), ("RUS",)) in got


def test_the_department_without_context_stays_unknown() -> None:
    got = _events("The Department summoned the Russian ambassador.")
    assert ("ACCUSE", ("USA",), ("RUS",)) not in got


def test_promise_to_complete_a_withdrawal_is_a_concession() -> None:
    got = _types(
        "Russia committed itself to complete the withdrawal of its forces from Moldova by the end of 2002."
    )
    assert "CONCEDE" in got and "RETREAT" not in got


def test_completed_withdrawal_stays_a_retreat() -> None:
    assert "RETREAT" in _types("Russia completed the withdrawal of its forces from Moldova last month.")


def test_condemned_annexation_by_a_state_of_land_is_coded() -> None:
    got = _events("The European Union condemns the illegal annexation by Russia of Crimea.")
    assert ("COERCE", ("RUS",), ("UKR",)) in got and ("ACCUSE", ("EU",), ("RUS",)) in got


def test_annexation_only_recalled_is_not_coded() -> None:
    assert "COERCE" not in _types("The European Union recalled the annexation by Russia of Crimea in 2014.")


def test_breach_given_as_reason_of_a_supported_act_is_no_accusation_by_the_supporters() -> None:
    got = _events(
        "Allies support the decision of the United States to withdraw from the treaty, because of Russia's "
        "continued violation of it."
    )
    assert not any(e[0] == "ACCUSE" for e in got)
