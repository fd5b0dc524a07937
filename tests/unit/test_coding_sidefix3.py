"""Session 28 (sides): sources and targets of events whose type is already right, third round."""

from __future__ import annotations

import datetime as dt

from tests.coded import triples

from detente.coding.actors import ActorKind, load_dictionary

DAY = dt.date(2022, 10, 3)
CRIMEA_DAY = dt.date(2014, 3, 25)
OLD_DAY = dt.date(1995, 5, 2)
RU_CONTEXT = "Statement by the Russian Foreign Ministry; 'we'/'our' is Russia."


# --- the annexer of Ukrainian land -----------------------------------------------------------------------


def test_agentless_annexation_is_russias_and_charged_to_russia() -> None:
    got = triples(
        "The Chancellor said the annexation of Crimea was a breach of international law.", CRIMEA_DAY
    )
    assert ("COERCE", ("RUS",), ("UKR",)) in got
    assert all(not (t == "ACCUSE" and target == ("UKR",)) for t, _, target in got)


def test_refusal_to_recognise_annexed_regions_aims_at_russia() -> None:
    got = triples(
        "Norway will never recognise the illegal annexation of the Kherson and Zaporizhzhia regions.", DAY
    )
    assert ("REJECT", ("NOR",), ("RUS",)) in got


def test_condemnation_of_annexed_ukrainian_territory_aims_at_russia() -> None:
    got = triples("Canada condemned the annexation of four Ukrainian regions in the strongest terms.", DAY)
    assert ("ACCUSE", ("CAN",), ("RUS",)) in got


def test_named_annexer_is_kept() -> None:
    got = triples("Canada condemned Russia's annexation of Crimea.", CRIMEA_DAY)
    assert ("ACCUSE", ("CAN",), ("RUS",)) in got
    assert ("COERCE", ("RUS",), ("UKR",)) in got


def test_ukraine_acting_keeps_its_own_side() -> None:
    got = triples("Ukraine condemned the annexation of Crimea.", CRIMEA_DAY)
    assert ("ACCUSE", ("UKR",), ("RUS",)) in got


def test_support_for_ukraine_next_to_an_annexation_is_left_alone() -> None:
    got = triples(
        "Denmark reaffirmed its support for Ukraine and will never recognise the annexation of Crimea.",
        CRIMEA_DAY,
    )
    assert ("REJECT", ("DNK",), ("RUS",)) in got
    assert all(not (t == "SUPPORT" and target == ("RUS",)) for t, _, target in got)


def test_no_annexation_no_change() -> None:
    # near miss: a condemnation of shelling in a Ukrainian region, no annexation told
    got = triples("Canada condemned the shelling of the Kherson region by Russian artillery.", DAY)
    assert all(t != "COERCE" for t, _, _ in got)
    assert ("ACCUSE", ("CAN",), ("RUS",)) in got


def test_before_2014_an_incorporation_is_not_read_as_russias() -> None:
    got = triples("The Verkhovna Rada condemned the incorporation of Crimea into Ukraine.", OLD_DAY)
    assert all(source != ("RUS",) for _, source, _ in got)


# --- a title before an ambiguous surname -----------------------------------------------------------------


def _named(text: str, day: dt.date) -> list[tuple[str, str | None, ActorKind]]:
    return [(m.text, m.code, m.kind) for m in load_dictionary().match(text, date=day)]


def test_title_and_last_name_of_a_holder_at_the_date() -> None:
    got = _named("Prime Minister Johnson spoke to the Estonian President.", dt.date(2021, 3, 1))
    assert ("Prime Minister Johnson", "GBR", ActorKind.PERSON) in got


def test_another_title_form_of_the_same_office() -> None:
    got = _named("Foreign Secretary Hague arrived in Kyiv.", dt.date(2013, 5, 1))
    assert ("Foreign Secretary Hague", "GBR", ActorKind.PERSON) in got


def test_title_and_name_out_of_office_is_not_guessed() -> None:
    # near miss: nobody named Johnson held a prime minister's office in 2005
    got = _named("Prime Minister Johnson spoke to the Estonian President.", dt.date(2005, 3, 1))
    assert all(code != "GBR" for _, code, _ in got)


def test_unknown_name_after_title_stays_unknown() -> None:
    got = _named("Prime Minister Kowalczyk-Brandt met the press.", dt.date(2021, 3, 1))
    assert all(kind is not ActorKind.PERSON for _, _, kind in got)


def test_title_holder_as_source_of_the_call() -> None:
    got = triples("Prime Minister May spoke to President Putin by telephone.", dt.date(2018, 3, 14))
    assert any(t == "CONSULT" and source == ("GBR",) for t, source, _ in got)


# --- an expulsion "from" a place -------------------------------------------------------------------------


def test_expulsion_from_a_capital_is_that_states_sanction() -> None:
    got = triples("The expulsion of Russian diplomats from Lisbon is an unfriendly step.", DAY)
    assert ("SANCTION", ("PRT",), ("RUS",)) in got


def test_expulsion_of_our_diplomats_is_on_the_speaker() -> None:
    got = triples("We deplore the expulsion of our diplomats from Oslo.", DAY, context=RU_CONTEXT)
    assert ("SANCTION", ("NOR",), ("RUS",)) in got


def test_listed_expellers_and_a_measure_in_response() -> None:
    got = triples(
        "In response to the expulsion of our diplomats from Sofia and Bucharest, Moscow has declared "
        "four diplomats persona non grata.",
        DAY,
        context=RU_CONTEXT,
    )
    assert ("SANCTION", ("BGR", "ROU"), ("RUS",)) in got
    assert ("SANCTION", ("RUS",), ("BGR", "ROU")) in got


def test_expulsion_by_a_named_state_is_kept() -> None:
    got = triples("Moscow condemned the expulsion of Russian diplomats by Slovakia.", DAY)
    assert ("SANCTION", ("SVK",), ("RUS",)) in got


def test_expelled_from_a_country_not_a_noun_is_left_alone() -> None:
    # near miss: no expulsion told as a noun; the verb reading stays as it was
    got = triples("Slovakia expelled three Russian diplomats on Monday.", DAY)
    assert ("SANCTION", ("SVK",), ("RUS",)) in got


# --- a judgement nobody utters ---------------------------------------------------------------------------


def test_unattributed_judgement_of_a_western_act_is_russias() -> None:
    got = triples("Copenhagen's decision to deliver F-16 fighters to Kiev is extremely dangerous.", DAY)
    assert ("ACCUSE", ("RUS",), ("DNK",)) in got


def test_unattributed_charge_against_the_alliance() -> None:
    got = triples("The Alliance's eastward expansion is a direct threat to European security.", DAY)
    assert any(t == "ACCUSE" and source == ("RUS",) for t, source, _ in got)


def test_passive_measure_against_a_western_state_is_russias() -> None:
    got = triples(
        "All flights to and from Finland have been suspended until further notice.", dt.date(2024, 2, 1)
    )
    assert ("SANCTION", ("RUS",), ("FIN",)) in got


def test_judgement_with_a_sayer_is_left_alone() -> None:
    # near miss: someone is reported as the one who judges
    got = triples("Copenhagen's decision to deliver F-16 fighters to Kiev is dangerous, analysts said.", DAY)
    assert all(source != ("RUS",) for _, source, _ in got)


def test_judgement_of_russia_is_not_given_to_russia() -> None:
    # near miss: the accused is Russia, so nothing says who judges
    got = triples("Moscow's decision to deploy missiles to Belarus is extremely dangerous.", DAY)
    assert all(source != ("RUS",) for t, source, _ in got if t == "ACCUSE")


def test_judgement_with_a_speaker_is_the_speakers() -> None:
    got = triples(
        "Copenhagen's decision to deliver F-16 fighters to Kiev is extremely dangerous.",
        DAY,
        context="Statement by the Hungarian Foreign Ministry; 'we' is Hungary.",
    )
    assert all(source != ("RUS",) for _, source, _ in got)


# --- a welcomed visit ------------------------------------------------------------------------------------


def test_welcomed_visit_of_own_official_is_praise_of_the_host() -> None:
    got = triples("NATO welcomes the visit of Lord Robertson to Moscow in February.", dt.date(2000, 5, 25))
    assert ("SUPPORT", ("NATO",), ("RUS",)) in got


def test_welcomed_visit_of_another_sides_leader_is_left_alone() -> None:
    # near miss: the visitor is not the praiser's own, so the praise keeps its reading
    got = triples("NATO welcomed the visit of President Zelensky to Brussels.", dt.date(2023, 2, 10))
    assert all(target != ("BEL",) for t, _, target in got if t == "SUPPORT")


# --- leaving a treaty of several parties -----------------------------------------------------------------


def test_leaving_a_multiparty_deal_is_aimed_at_all_other_parties() -> None:
    got = triples("Russia suspended its participation in the grain corridor on Monday.", dt.date(2023, 7, 17))
    assert ("SANCTION", ("RUS",), ("TUR", "UKR", "UN")) in got


def test_leaving_a_two_party_treaty_keeps_its_one_counterpart() -> None:
    # near miss: a bilateral treaty is not widened
    got = triples("Russia is suspending its participation in the New START Treaty.", dt.date(2023, 2, 21))
    assert ("SANCTION", ("RUS",), ("USA",)) in got


def test_news_story_about_a_state_as_subject_is_left_alone() -> None:
    # near miss: the judged state is the subject of its own clause, as a news report tells it
    got = triples("Norway has failed to pay the promised compensation to the fishermen.", DAY)
    assert all(source != ("RUS",) for _, source, _ in got)


# --- a judged decision of a list -------------------------------------------------------------------------


def test_charge_against_a_listed_decision_takes_the_whole_list() -> None:
    got = triples(
        "The decision of Romania and Bulgaria to send fighter jets to Kiev only prolongs the conflict.",
        DAY,
        context=RU_CONTEXT,
    )
    assert ("ACCUSE", ("RUS",), ("BGR", "ROU")) in got


def test_charge_against_one_state_is_not_widened() -> None:
    # near miss: a single decider, the other state only receives
    got = triples(
        "The decision of Romania to send fighter jets to Kiev only prolongs the conflict.",
        DAY,
        context=RU_CONTEXT,
    )
    assert ("ACCUSE", ("RUS",), ("ROU",)) in got


def test_a_treaty_left_with_a_named_party_keeps_that_party() -> None:
    """ "the grain deal with Ukraine" names whom the exit is aimed at: no widening to every party."""
    from detente.coding.coder import code_sentence

    day = dt.date(2023, 7, 20)
    named = code_sentence("Russia's suspension of the grain deal with Ukraine hit exports.", date=day)
    assert [(e.source, e.target) for e in named if e.event.value == "SANCTION"] == [(("RUS",), ("UKR",))]
    unnamed = code_sentence("Russia's decision to pull out of the grain deal hit exports.", date=day)
    assert [(e.source, e.target) for e in unnamed if e.event.value == "SANCTION"] == [
        (("RUS",), ("TUR", "UKR", "UN"))
    ]
