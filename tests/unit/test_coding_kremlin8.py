"""Support and accord in Kremlin wording that no other trigger carries (detente.coding.kremlin8 and the
s28-ksupport block of patterns.toml): sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from detente.coding.coder import code_sentence

DATE = dt.date(2015, 6, 3)
PUTIN = "Vladimir Putin, President of Russia"


def _events(
    text: str, *, context: str | None = None, pair: tuple[str, ...] = ()
) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    found = code_sentence(text, date=DATE, context=context, participants=pair, reported_meeting=bool(pair))
    return {(e.event.value, tuple(sorted(e.source)), tuple(sorted(e.target))) for e in found}


def _types(text: str, **kw: object) -> set[str]:
    return {t for t, _, _ in _events(text, **kw)}  # type: ignore[arg-type]


def _asserted(text: str, pair: tuple[str, ...]) -> set[str]:
    found = code_sentence(text, date=DATE, participants=pair, reported_meeting=True)
    return {e.event.value for e in found if e.polarity.value == "asserted"}


# --- documents signed with no signer named


def test_passive_signing_names_the_pair_of_the_talks() -> None:
    found = _events("A package of documents was signed after the talks between Russia and Mongolia.")
    assert ("SUPPORT", ("MNG", "RUS"), ()) in found


def test_passive_signing_takes_the_meeting_sides() -> None:
    found = _events("Several intergovernmental agreements have also been signed today.", pair=("RUS", "EGY"))
    assert ("SUPPORT", ("EGY", "RUS"), ()) in found


def test_signing_without_any_sides_reads_nothing() -> None:
    assert "SUPPORT" not in _types("Several intergovernmental agreements have also been signed today.")


def test_signing_not_done_is_not_read() -> None:
    assert "SUPPORT" not in _asserted("No documents were signed during the visit.", ("RUS", "EGY"))


def test_signing_with_its_signer_is_left_to_the_phrase_rules() -> None:
    found = _events("The memorandum was signed by the Russian Minister of Energy.", pair=("RUS", "HUN"))
    assert ("SUPPORT", ("HUN", "RUS"), ()) not in found


# --- accords with no party named


def test_agreement_reached_between_a_named_pair() -> None:
    found = _events("An agreement was reached between Russia and Turkey on the ceasefire.")
    assert ("AGREE", ("RUS", "TUR"), ()) in found


def test_it_was_agreed_takes_the_meeting_sides() -> None:
    found = _events("It was agreed to hold the next round of consultations in Hanoi.", pair=("RUS", "VNM"))
    assert ("AGREE", ("RUS", "VNM"), ()) in found


def test_no_agreement_reached_is_not_an_accord() -> None:
    assert "AGREE" not in _asserted("No agreement was reached on the gas price.", ("RUS", "UKR"))


def test_domestic_decision_without_two_sides_is_not_read() -> None:
    assert "AGREE" not in _types("It was agreed to revise the regional programme within two months.")


# --- ties of great importance for someone


def test_ties_of_importance_for_a_named_side() -> None:
    found = _events("Relations with China are of great importance for Russia.")
    assert ("SUPPORT", ("RUS",), ("CHN",)) in found


def test_ties_of_importance_for_us_are_the_speakers() -> None:
    found = _events("Our partnership with Vietnam is of strategic significance to us.", context=PUTIN)
    assert ("SUPPORT", ("RUS",), ("VNM",)) in found


def test_ties_of_no_importance_are_not_support() -> None:
    assert "SUPPORT" not in _types("Relations with Georgia are not of great importance for Russia.")


# --- ties judged good


def test_relations_assessed_as_excellent() -> None:
    found = _events("Mr Putin assessed Russian-German relations as excellent.")
    assert ("SUPPORT", ("RUS",), ("DEU",)) in found


def test_a_high_assessment_of_ties() -> None:
    found = _events(
        "The President gave a high assessment of the level of Russian-Italian ties.", context=PUTIN
    )
    assert ("SUPPORT", ("RUS",), ("ITA",)) in found


def test_ties_judged_by_the_pair_together() -> None:
    found = _events("Vladimir Putin and Silvio Berlusconi assessed Russian-Italian relations as very good.")
    assert ("SUPPORT", ("ITA", "RUS"), ()) in found


def test_we_assess_our_cooperation() -> None:
    found = _events("We assess our cooperation with Kazakhstan as highly productive.", context=PUTIN)
    assert ("SUPPORT", ("RUS",), ("KAZ",)) in found


def test_a_situation_judged_is_not_ties() -> None:
    assert "SUPPORT" not in _types("The Kremlin assessed the situation in Ukraine as dangerous.")


def test_ties_not_judged_good_are_not_read() -> None:
    assert "SUPPORT" not in _types("Mr Putin did not assess Russian-German relations as excellent.")


# --- patterns: respect paid, standing, importance, contributions, plans adopted


def test_honouring_anothers_sacrifices() -> None:
    found = _events("France honours the sacrifices made by the Russian people during the war.")
    assert ("SUPPORT", ("FRA",), ("RUS",)) in found


def test_bowing_before_the_memory() -> None:
    found = _events("Italy bows its head before the memory of the Russian victims.")
    assert ("SUPPORT", ("ITA",), ("RUS",)) in found


def test_honouring_an_agreement_is_not_respect_paid() -> None:
    assert ("SUPPORT", ("FRA",), ("RUS",)) not in _events("France honours its agreement with Russia.")


def test_regarded_as_a_partner() -> None:
    found = _events("We regard China as a reliable partner.", context=PUTIN)
    assert ("SUPPORT", ("RUS",), ("CHN",)) in found


def test_viewed_as_a_hostile_body_is_not_praise() -> None:
    assert "SUPPORT" not in _types(
        "Mr Putin noted that his country did not view NATO as a hostile body at present."
    )


def test_how_important_cooperation_is() -> None:
    found = _events(
        "The Presidents of Russia and Chile underlined how important it was to make use of all forms of partnership in future."
    )
    assert ("SUPPORT", ("CHL", "RUS"), ()) in found


def test_importance_of_a_forum_for_ties() -> None:
    found = _events(
        "Vladimir Putin and the British Prime Minister highlighted the importance of the economic forum for boosting Russian-British trade."
    )
    assert "SUPPORT" in {t for t, _, _ in found}


def test_importance_of_a_domestic_programme_is_not_support() -> None:
    assert "SUPPORT" not in _types("The Governor stressed the importance of the programme for the region.")


def test_contribution_noted_said_now() -> None:
    found = _events(
        "I want to note the great contribution of Serbia to our common victory in that war.", context=PUTIN
    )
    assert ("SUPPORT", ("RUS",), ("SRB",)) in found
    assert "AGREE" not in {t for t, _, _ in found}


def test_significance_attached_to_ties() -> None:
    found = _events("We attach great significance to our relations with Japan.", context=PUTIN)
    assert ("SUPPORT", ("RUS",), ("JPN",)) in found


def test_joint_plan_adopted_by_the_pair() -> None:
    found = _events("Russia and Japan approved a plan of joint economic activities.")
    assert ("AGREE", ("JPN", "RUS"), ()) in found


def test_one_sides_programme_is_no_accord() -> None:
    assert "AGREE" not in _types(
        "The Russian Government adopted a programme of cooperation with the regions."
    )


def test_readiness_to_regard_as_partner_is_no_intent_of_its_own() -> None:
    found = _events(
        "The President of Russia welcomed the Alliance's readiness to regard Russia as a strategic partner."
    )
    assert ("SUPPORT", ("RUS",), ("NATO",)) in found
    assert "AGREE" not in {t for t, _, _ in found}


def test_respect_denied_is_no_support() -> None:
    assert "SUPPORT" not in _types("Russia did not respect the sovereignty of Georgia.")


def test_grief_shared() -> None:
    found = _events("We share the grief of the Turkish people.", context=PUTIN)
    assert ("SUPPORT", ("RUS",), ("TUR",)) in found


def test_a_border_shared_is_no_grief() -> None:
    assert "SUPPORT" not in _types("The troops share a border with Poland.")


def test_condolences_take_the_place_of_the_disaster() -> None:
    found = _events(
        "The President of Russia expressed his condolences over the victims of the earthquake in Turkey."
    )
    assert ("SUPPORT", ("RUS",), ("TUR",)) in found


def test_our_countries_aims_the_speakers_support_at_the_other_side() -> None:
    found = _events(
        "I would also note the importance of the signing of a new accord our countries have concluded.",
        context="Serzh Sargsyan, President of Armenia",
        pair=("RUS", "ARM"),
    )
    assert ("SUPPORT", ("ARM",), ("RUS",)) in found


def test_our_countries_at_a_meeting_of_three_takes_no_target() -> None:
    found = _events(
        "I would also note the importance of the signing of a new accord our countries have concluded.",
        context="Serzh Sargsyan, President of Armenia",
        pair=("RUS", "ARM", "KAZ"),
    )
    assert ("SUPPORT", ("ARM",), ("RUS",)) not in found
    assert ("SUPPORT", ("ARM",), ("KAZ",)) not in found
