"""Session 25 (ties): joint work and help told in official Russian wording (COOPERATE, AID)."""

from __future__ import annotations

import datetime as dt

from detente.coding.coder import code_sentence

DAY = dt.date(2018, 5, 14)
Triple = tuple[str, tuple[str, ...], tuple[str, ...], str]


def _code(text: str, *sides: str) -> set[Triple]:
    """Events of ``text`` said by the Russian side after talks with ``sides`` (none: no meeting)."""
    participants = ("RUS", *sides) if sides else ()
    events = code_sentence(
        text, date=DAY, speaker="RUS", participants=participants, reported_meeting=bool(sides)
    )
    return {
        (e.event.value, tuple(sorted(e.source)), tuple(sorted(e.target)), e.polarity.value) for e in events
    }


def _types(text: str, *sides: str) -> set[str]:
    return {t[0] for t in _code(text, *sides)}


# --- cooperation told as going on ------------------------------------------------------------------------


def test_our_cooperation_in_a_field_developing() -> None:
    assert ("COOPERATE", ("ARM", "RUS"), (), "asserted") in _code(
        "Our cooperation in the chemical industry is developing steadily.", "ARM"
    )
    assert ("COOPERATE", ("ARM", "RUS"), (), "asserted") in _code(
        "Our transport cooperation has grown noticeably.", "ARM"
    )


def test_named_pair_cooperation_going_on() -> None:
    assert ("COOPERATE", ("CZE", "RUS"), (), "asserted") in _code(
        "Cooperation between Moscow and Prague in engineering continues its steady development."
    )
    assert ("COOPERATE", ("KGZ", "RUS"), (), "asserted") in _code(
        "Russian-Kyrgyz cooperation in agriculture is expanding rapidly."
    )
    assert ("COOPERATE", ("FIN", "RUS"), (), "asserted") in _code(
        "Bilateral cooperation between Finland and Russia has become more dynamic."
    )
    assert ("COOPERATE", ("CZE", "RUS"), (), "asserted") in _code(
        "He said that cooperation between Russia and the Czech Republic covers over thirty joint projects."
    )


def test_an_observers_account_of_two_others_cooperation_is_not_read() -> None:
    events = code_sentence(
        "Cooperation between Serbia and Hungary in energy is developing quickly, analysts say.", date=DAY
    )
    assert all(e.event.value != "COOPERATE" for e in events)


def test_cooperation_judged_forecast_or_discussed_is_not_read() -> None:
    assert "COOPERATE" not in _types(
        "Our cooperation with the Republic of Chile is friendly in nature.", "CHL"
    )
    assert "COOPERATE" not in _types("Energy is an important area of our cooperation.", "CHL")
    assert "COOPERATE" not in _types("I am sure that Russian-Chilean cooperation will develop further.")
    assert "COOPERATE" not in _types("We discussed how our cooperation in fisheries is developing.", "CHL")
    assert "COOPERATE" not in _types("Cooperation between the regional archives is developing.")


# --- a work done together --------------------------------------------------------------------------------


def test_two_sides_building_a_work() -> None:
    assert ("COOPERATE", ("RUS", "TUR"), (), "asserted") in _code(
        "Russian and Turkish engineers are building a new cargo terminal near Izmir."
    )
    assert ("COOPERATE", ("HUN", "RUS"), (), "asserted") in _code(
        "We are jointly implementing several large projects in the chemical industry.", "HUN"
    )


def test_relations_or_one_side_building_is_not_read_as_joint() -> None:
    assert "COOPERATE" not in _types("Russia and Chile are developing their relations.")
    assert "COOPERATE" not in _types("We are building a new terminal in Murmansk.", "CHL")


# --- the speaker's "we maintain ..." ---------------------------------------------------------------------


def test_we_maintain_a_partnership() -> None:
    assert ("COOPERATE", ("BGR", "RUS"), (), "asserted") in _code(
        "We also maintain a long partnership in electricity transit.", "BGR"
    )
    assert ("COOPERATE", ("HUN", "RUS"), (), "asserted") in _code(
        "We are carrying out big investment projects, expanding cooperation in pharmaceuticals.", "HUN"
    )


def test_we_want_or_discussed_cooperation_is_not_read() -> None:
    assert "COOPERATE" not in _types("We want to expand cooperation in pharmaceuticals.", "HUN")
    assert "COOPERATE" not in _types("We have discussed our cooperation in pharmaceuticals.", "HUN")


# --- a joint commission at work --------------------------------------------------------------------------


def test_intergovernmental_commission_working_or_resumed() -> None:
    assert ("COOPERATE", ("BGR", "RUS"), (), "asserted") in _code(
        "Our intergovernmental commission is working actively.", "BGR"
    )
    assert ("COOPERATE", ("GEO", "RUS"), (), "asserted") in _code(
        "The Russian-Georgian intergovernmental commission on trade resumed its work after a long pause."
    )
    assert ("COOPERATE", ("BGR", "RUS"), (), "asserted") in _code(
        "We have restored the work of the intergovernmental commission.", "BGR"
    )


def test_commission_to_resume_or_a_session_is_not_read() -> None:
    assert "COOPERATE" not in _types(
        "The intergovernmental commission will resume its work in autumn.", "BGR"
    )
    assert "COOPERATE" not in _types("The intergovernmental commission has not resumed its work.", "BGR")


# --- help a work was made with ---------------------------------------------------------------------------


def test_made_with_a_states_help() -> None:
    assert ("AID", ("RUS",), ("PSE",), "asserted") in _code(
        "The school was opened with Russian assistance and handed over to the Palestinian people."
    )
    assert ("AID", ("RUS",), ("KGZ",), "asserted") in _code(
        "Thanks to Russia's help, Kyrgyzstan has renovated its airport."
    )


def test_help_with_no_one_helped_is_not_read() -> None:
    assert "AID" not in _types("The museum was restored with Russian help.")
    assert "AID" not in _types("With the help of volunteers, the park was cleaned.")


# --- the speaker's own deliveries ------------------------------------------------------------------------


def test_our_deliveries_of_arms() -> None:
    assert ("AID", ("RUS",), ("EGY",), "asserted") in _code(
        "We have fulfilled the contract for the supply of helicopters to Egypt."
    )
    assert ("AID", ("RUS",), ("SYR",), "asserted") in _code("Our deliveries of arms to Syria continue.")


def test_anothers_deliveries_are_not_the_speakers() -> None:
    assert ("AID", ("RUS",), ("UKR",), "asserted") not in _code(
        "We know that the deliveries of weapons to Ukraine continue."
    )


# --- trade told as supply ----------------------------------------------------------------------------------


def test_supply_share_with_a_second_share() -> None:
    assert ("COOPERATE", ("RUS",), ("SRB",), "asserted") in _code(
        "Russia provides Serbia with over 70 percent of its oil and over 80 percent of its gas."
    )


def test_purchase_and_goods_supplied() -> None:
    assert ("COOPERATE", ("BGR",), ("RUS",), "asserted") in _code("Bulgaria has bought two Russian reactors.")
    assert ("COOPERATE", ("RUS",), ("HUN",), "asserted") in _code(
        "Russia supplied thirty carriages to Hungary."
    )


# --- "our militaries are cooperating", a work built together with a partner -------------------------------


def test_our_bodies_cooperating() -> None:
    assert ("COOPERATE", ("RUS", "TUR"), (), "asserted") in _code(
        "Our defence ministries are cooperating closely on the settlement.", "TUR"
    )
    assert "COOPERATE" not in _types("Our defence ministries should cooperate more closely.", "TUR")


def test_built_together_with_a_partner() -> None:
    assert ("COOPERATE", ("RUS", "TUR"), (), "asserted") in _code(
        "Rosatom is building the new power plant together with Turkish partners."
    )


def test_topic_place_is_no_partner_and_cooperation_continues() -> None:
    assert ("COOPERATE", ("NATO", "RUS"), (), "asserted") in _code(
        "Our cooperation with NATO on Iraq is developing.", "NATO"
    )
    assert ("COOPERATE", ("NATO", "RUS"), (), "asserted") in _code(
        "Our cooperation in fighting piracy continues.", "NATO"
    )
    assert "COOPERATE" not in _types("Our cooperation continues to be hampered by politics.", "NATO")


def test_part_in_a_construction_abroad() -> None:
    assert ("COOPERATE", ("RUS",), ("EGY",), "asserted") in _code(
        "Russian firms are taking part in the construction of a port in Egypt."
    )
