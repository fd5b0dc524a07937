"""Consultations, demands, pull-backs, concessions and sanctions told indirectly: sentences written for these
tests, each with the event types and actors it must (or must not) code."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DATE = dt.date(2023, 6, 1)


def triples(text: str, context: str | None = None) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {
        (e.event.value, tuple(e.source), tuple(e.target))
        for e in code_sentence(text, date=DATE, context=context)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whose decision it is acts in the verb after "to", also with "of"
        (
            "Moscow regrets the decision of the Alliance to suspend all practical cooperation.",
            ("SANCTION", ("NATO",), ("RUS",)),
        ),
        (
            "Lavrov criticised the decision of the Latvian authorities to expel the Russian ambassador.",
            ("SANCTION", ("LVA",), ("RUS",)),
        ),
        # a pull-out through a treaty's name leaves the treaty
        (
            "Russia has withdrawn from the Treaty on Conventional Armed Forces in Europe.",
            ("SANCTION", ("RUS",), ("NATO",)),
        ),
        # owned troops "from" a country leave it; they are not that country's troops
        (
            "The United States has completed the withdrawal of its troops from Afghanistan.",
            ("RETREAT", ("USA",), ("AFG",)),
        ),
        (
            "Syria completed the pullout of its troops from Lebanon on Tuesday.",
            ("RETREAT", ("SYR",), ("LBN",)),
        ),
        # demands in an impersonal frame
        (
            "It is imperative that Kyiv return to the negotiating table, the Russian Foreign Ministry said.",
            ("REQUEST", ("RUS",), ("UKR",)),
        ),
        (
            "It is incumbent on Moscow to release the detained sailors, the State Department said.",
            ("REQUEST", ("USA",), ("RUS",)),
        ),
        # sanctions told as the measures someone imposed
        (
            "The restrictive measures adopted by the EU against Belarus will remain in force.",
            ("SANCTION", ("EU",), ("BLR",)),
        ),
        (
            "China firmly opposes the unilateral sanctions imposed by the United States on Chinese companies.",
            ("SANCTION", ("USA",), ("CHN",)),
        ),
        ("China imposed countermeasures on nine US defence companies.", ("SANCTION", ("CHN",), ("USA",))),
        (
            "NATO suspended the accreditation of eight members of the Russian mission.",
            ("SANCTION", ("NATO",), ("RUS",)),
        ),
    ],
)
def test_codes(text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    assert expected in triples(text)


def test_the_sayers_regret_does_not_make_it_the_one_who_suspends() -> None:
    got = triples("Moscow regrets the decision of the Alliance to suspend all practical cooperation.")
    assert not any(t[0] == "SANCTION" and t[1] == ("RUS",) for t in got)


def test_a_treaty_left_is_no_pull_back_of_troops() -> None:
    got = triples("Russia has withdrawn from the Treaty on Conventional Armed Forces in Europe.")
    assert not any(t[0] == "RETREAT" for t in got)


@pytest.mark.parametrize(
    "text",
    [
        "It is crucial that doctors of most clinical specialties are now allowed to treat these patients.",
        "It is essential that NATO has the capabilities to defend every Ally.",
        "Troops from Poland joined the exercise in Lithuania.",
        "Prices of imported goods rose after the ban came into force.",
        "The release of the new smartphone has been delayed.",
    ],
)
def test_look_alikes_code_no_demand_or_sanction(text: str) -> None:
    assert not {t[0] for t in triples(text)} & {"REQUEST", "SANCTION", "RETREAT"}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # both sides agreeing on an exchange make a deal, not a concession
        (
            "Kyiv and Moscow agreed to swap two hundred prisoners each at the talks in Abu Dhabi.",
            ("AGREE", ("UKR", "RUS"), ()),
            "CONCEDE",
        ),
        # a promise covers the verb joined to it by "and"
        (
            "Serbia agreed to pull back its police units from the border and admit international monitors.",
            ("CONCEDE", ("SRB",), ()),
            "RETREAT",
        ),
        # a deal's terms are not a concession by its signatories
        (
            "Armenia and Azerbaijan signed a protocol that will reopen the border crossings.",
            ("SUPPORT", ("ARM", "AZE"), ()),
            "CONCEDE",
        ),
        # what someone must do after "and" is demanded too
        (
            "Moscow must stop its aggression and withdraw its troops from Georgia, the Secretary General said.",
            ("REQUEST", ("NATO",), ("RUS",)),
            "RETREAT",
        ),
        # a failure to act is no act
        (
            "The EU suspended talks with Minsk over the regime's failure to end its crackdown on protesters.",
            ("SANCTION", ("EU",), ("BLR",)),
            "CONCEDE",
        ),
        # a pull-out restated by a participle is one event
        (
            "The last Russian soldiers left Lithuania today, completing a withdrawal that Vilnius had long sought.",
            ("RETREAT", ("RUS",), ("LTU",)),
            "",
        ),
        (
            "Kazakhstan gave the United States ninety days to vacate the base.",
            ("SANCTION", ("KAZ",), ("USA",)),
            "",
        ),
    ],
)
def test_borderline_conventions(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]], absent: str
) -> None:
    got = triples(text)
    assert expected in got
    assert not any(t[0] == absent for t in got)
    assert len([t for t in got if t[0] == expected[0]]) == 1


def test_an_ultimatum_to_leave_stays_a_threat() -> None:
    got = triples("The President gave the dictator and his sons 48 hours to leave the country or face war.")
    assert "SANCTION" not in {t[0] for t in got}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dated suspension stands; only the withdrawal after ", and will" is conditional
        (
            "Washington will suspend its obligations under the treaty from Saturday, and will withdraw from it "
            "in six months unless Moscow returns to compliance.",
            ("SANCTION", ("USA",), ()),
        ),
        # "retaliated by expelling": the expulsion is done
        ("Moscow retaliated by expelling ten American diplomats.", ("SANCTION", ("RUS",), ("USA",))),
        ("Moscow has restricted entry for 25 British nationals.", ("SANCTION", ("RUS",), ("GBR",))),
        ("Turkey withdrew from the Istanbul Convention.", ("SANCTION", ("TUR",), ())),
        (
            "The EU decided to suspend visa facilitation for Russian citizens.",
            ("SANCTION", ("EU",), ("RUS",)),
        ),
        ("Lavrov urged his Western counterparts to stop arming Kyiv.", ("REQUEST", ("RUS",), ("WEST",))),
        (
            "We would like our American colleagues to explain their position.",
            ("REQUEST", ("RUS",), ("USA",)),
        ),
    ],
)
def test_sanctions_and_demands_in_other_words(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    got = triples(text, context="Statement by the Russian Foreign Ministry; 'we' is Russia.")
    assert any(t[0] == expected[0] and t[1] == expected[1] and set(expected[2]) <= set(t[2]) for t in got)


def test_a_threat_to_retaliate_by_expelling_stays_a_threat() -> None:
    got = triples("Moscow will retaliate by expelling American diplomats if the bill is passed.")
    assert ("SANCTION", ("RUS",), ("USA",)) not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia and Ukraine exchanged 195 prisoners of war each on Wednesday.",
            ("RETREAT", ("RUS", "UKR"), ()),
        ),
        ("Militants released the hostages on Friday.", ("RETREAT", ("militants",), ())),
        ("Moscow released the American basketball player on Thursday.", ("RETREAT", ("RUS",), ("USA",))),
        ("Hamas freed an American mother and her daughter on Friday.", ("RETREAT", ("HAMAS",), ("USA",))),
    ],
)
def test_who_is_freed_is_no_counterpart(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert triples(text) == {expected}


def test_a_denied_alternative_is_no_second_event() -> None:
    got = triples(
        "I am forced to announce today that Russia is suspending its participation in the treaty; I repeat, "
        "not withdrawing from it, but suspending its participation.",
        context="Address of President Vladimir Putin; 'I' is the President (RUS).",
    )
    assert [t for t in got if t[0] == "SANCTION"] == [("SANCTION", ("RUS",), ())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow removed the restrictions on Turkish tomatoes.", ("CONCEDE", ("RUS",), ("TUR",))),
        ("China scrapped its curbs on imports of Australian barley.", ("CONCEDE", ("CHN",), ("AUS",))),
    ],
)
def test_restrictions_removed_are_a_concession(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "This made it possible to meet the power demand of Crimea and its residents.",
        "Russia would still be able to compensate in some way for these losses.",
    ],
)
def test_supply_and_compensating_losses_are_no_concession(text: str) -> None:
    assert "CONCEDE" not in {t[0] for t in triples(text)}


def test_a_side_that_drops_its_demand_concedes() -> None:
    assert any(
        t[0] == "CONCEDE" for t in triples("Moscow dropped its demand for a separate sector in Kosovo.")
    )


def test_stressing_the_need_for_a_side_to_act_is_a_demand() -> None:
    got = triples("Lavrov stressed the need for Kyiv to implement the Minsk agreements.")
    assert ("REQUEST", ("RUS",), ("UKR",)) in got


def test_suspending_practical_work_with_a_side_is_a_sanction() -> None:
    assert ("SANCTION", ("NATO",), ("RUS",)) in triples(
        "In April 2014 NATO decided to suspend the NRC's practical work with Russia."
    )
    assert "SANCTION" not in {t[0] for t in triples("Scientists had to suspend work with the samples.")}


@pytest.mark.parametrize(
    "text",
    [
        "The Secretary General stressed the need for NATO to strengthen its defences.",
        "We would like NATO to remain strong and united.",
    ],
)
def test_a_side_bidding_itself_makes_no_request(text: str) -> None:
    got = triples(text, context="Statement by the NATO Secretary General; 'we' is NATO.")
    assert "REQUEST" not in {t[0] for t in got}


def test_sanctions_eased_in_the_passive() -> None:
    assert ("RETREAT", ("USA",), ("IRN",)) in triples(
        "The sanctions against Iran have been eased by the United States."
    )
    supposed = triples("The G7 said that sanctions against Russia could be rolled back if Moscow complied.")
    assert not {t[0] for t in supposed} & {"RETREAT", "SANCTION"}
