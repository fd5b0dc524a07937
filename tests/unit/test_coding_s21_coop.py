"""Recall of the cooperative types (SUPPORT, AGREE, COOPERATE, CONCEDE/RETREAT, AID) on sentences written
for s21b in the style of official texts and wire reports on NATO-Russia relations, 1997-2024, with their
expected events written before the coder was run; the rules of :mod:`detente.coding.cooperation` and
``data/lexicon/cooperation-recall.toml``; negated, hypothetical and future look-alikes; bad input.

Conventions followed (shared/data/coding/README.md and patterns.toml): signing and ratifying are SUPPORT;
a release of people and sanctions eased are RETREAT (release / ease), so those cases accept either type;
a mutual act has both sides as source and no target."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence
from detente.coding.cooperation import gives_up_a_claim, material_support
from detente.coding.patterns import tokenize

DAY = dt.date(2015, 6, 1)
Actors = tuple[str, ...] | None

CASES = [
    (
        "The North Atlantic Council welcomed Russia's decision to ratify the Chemical Weapons Convention.",
        "SUPPORT",
        ("NATO",),
        ("RUS",),
        "asserted",
    ),
    ("Germany backed Georgia's bid for a Membership Action Plan.", "SUPPORT", ("DEU",), ("GEO",), "asserted"),
    ("Poland hailed Ukraine's progress on defence reform.", "SUPPORT", ("POL",), ("UKR",), "asserted"),
    (
        "NATO Secretary General Jens Stoltenberg commended Moscow for its constructive role in the Iran nuclear talks.",
        "SUPPORT",
        ("NATO",),
        ("RUS",),
        "asserted",
    ),
    ("Lithuania stands with Ukraine, President Nauseda said.", "SUPPORT", ("LTU",), ("UKR",), "asserted"),
    ("France expressed solidarity with Georgia after the floods.", "SUPPORT", ("FRA",), ("GEO",), "asserted"),
    (
        "Russia and NATO signed the Founding Act in Paris in May 1997.",
        "SUPPORT|AGREE",
        ("NATO", "RUS"),
        (),
        "asserted",
    ),
    (
        "The Russian State Duma ratified the START treaty with the United States.",
        "SUPPORT",
        ("RUS",),
        ("USA",),
        "asserted",
    ),
    (
        "The United States strongly supports Ukraine's sovereignty and territorial integrity.",
        "SUPPORT",
        ("USA",),
        ("UKR",),
        "asserted",
    ),
    (
        "Canada applauded Moldova's efforts to reform its security sector.",
        "SUPPORT",
        ("CAN",),
        ("MDA",),
        "asserted",
    ),
    ("Turkey voiced support for Azerbaijan's position.", "SUPPORT", ("TUR",), ("AZE",), "asserted"),
    (
        "Britain praised Russia's cooperation on Afghanistan transit.",
        "SUPPORT",
        ("GBR",),
        ("RUS",),
        "asserted",
    ),
    (
        "The Kremlin welcomed the NATO decision to postpone the deployment.",
        "SUPPORT",
        ("RUS",),
        ("NATO",),
        "asserted",
    ),
    (
        "Italy threw its weight behind Ukraine's application to join the European Union.",
        "SUPPORT",
        ("ITA",),
        ("UKR",),
        "asserted",
    ),
    (
        "Norway reaffirmed its strong support for Georgia's territorial integrity.",
        "SUPPORT",
        ("NOR",),
        ("GEO",),
        "asserted",
    ),
    (
        "The Allies congratulated Montenegro on becoming NATO's 29th member.",
        "SUPPORT",
        ("NATO",),
        ("MNE",),
        "asserted",
    ),
    ("Putin endorsed the proposal put forward by France.", "SUPPORT", ("RUS",), ("FRA",), "asserted"),
    (
        "Spain signed a bilateral security agreement with Ukraine on Tuesday.",
        "SUPPORT|AGREE",
        ("ESP",),
        ("UKR",),
        "asserted",
    ),
    ("Latvia lent its support to the Ukrainian peace formula.", "SUPPORT", ("LVA",), ("UKR",), "asserted"),
    ("Hungary expressed its approval of Sweden's accession.", "SUPPORT", ("HUN",), ("SWE",), "asserted"),
    ("Germany did not back Ukraine's bid for membership.", "SUPPORT", ("DEU",), ("UKR",), "negated"),
    (
        "France would welcome a Russian withdrawal from the region.",
        "SUPPORT",
        ("FRA",),
        ("RUS",),
        "hypothetical",
    ),
    ("Russia will never endorse NATO's expansion.", "SUPPORT", ("RUS",), ("NATO",), "negated"),
    ("Japan will ratify the agreement with Russia next year.", "SUPPORT", ("JPN",), ("RUS",), "future"),
    (
        "Russia and NATO agreed to resume the work of the NATO-Russia Council.",
        "AGREE",
        ("NATO", "RUS"),
        (),
        "asserted",
    ),
    (
        "The United States pledged to provide Ukraine with additional air defence systems.",
        "AGREE",
        ("USA",),
        ("UKR",),
        "asserted",
    ),
    ("Moscow promised Berlin that gas deliveries would continue.", "AGREE", ("RUS",), ("DEU",), "asserted"),
    ("Turkey offered to host talks between Russia and Ukraine.", "AGREE", ("TUR",), None, "asserted"),
    ("France proposed a new round of consultations to Russia.", "AGREE", ("FRA",), ("RUS",), "asserted"),
    (
        "Russia is ready to cooperate with NATO on counter-terrorism, Lavrov said.",
        "AGREE",
        ("RUS",),
        ("NATO",),
        "asserted",
    ),
    (
        "NATO stands ready to assist Ukraine in rebuilding its armed forces.",
        "AGREE",
        ("NATO",),
        ("UKR",),
        "asserted",
    ),
    (
        "Russia undertook to withdraw its forces from Moldova by 2002.",
        "AGREE|CONCEDE",
        ("RUS",),
        ("MDA",),
        "asserted",
    ),
    (
        "Russia and the United States reached an agreement on the extension of New START.",
        "AGREE",
        ("RUS", "USA"),
        (),
        "asserted",
    ),
    (
        "Kyiv and Moscow reached an understanding on the exchange of prisoners.",
        "AGREE",
        ("RUS", "UKR"),
        (),
        "asserted",
    ),
    (
        "Germany vowed to keep supporting Ukraine for as long as it takes.",
        "AGREE",
        ("DEU",),
        ("UKR",),
        "asserted",
    ),
    ("The Allies committed to increase assistance to Georgia.", "AGREE", ("NATO",), ("GEO",), "asserted"),
    (
        "Russia has expressed willingness to hold talks with NATO on missile defence.",
        "AGREE",
        ("RUS",),
        ("NATO",),
        "asserted",
    ),
    (
        "Russia and Norway agreed to set up a joint working group on the Arctic.",
        "AGREE",
        ("NOR", "RUS"),
        (),
        "asserted",
    ),
    ("Finland offered Estonia help in securing its border.", "AGREE", ("FIN",), ("EST",), "asserted"),
    ("Ukraine accepted the Turkish proposal for a grain corridor.", "AGREE", ("UKR",), ("TUR",), "asserted"),
    (
        "The United States and Russia struck a deal on the destruction of Syria's chemical weapons.",
        "AGREE",
        ("RUS", "USA"),
        (),
        "asserted",
    ),
    ("Poland promised to send more tanks to Ukraine.", "AGREE", ("POL",), ("UKR",), "asserted"),
    (
        "Russia proposed to NATO a moratorium on intermediate-range missile deployments in Europe.",
        "AGREE",
        ("RUS",),
        ("NATO",),
        "asserted",
    ),
    (
        "Britain guaranteed Finland security assistance during its accession process.",
        "AGREE",
        ("GBR",),
        ("FIN",),
        "asserted",
    ),
    (
        "Russia signalled its readiness to return to the Open Skies Treaty.",
        "AGREE",
        ("RUS",),
        None,
        "asserted",
    ),
    ("Moscow and Washington came to terms on a prisoner swap.", "AGREE", ("RUS", "USA"), (), "asserted"),
    pytest.param(
        "Moscow would agree to talks if NATO halted enlargement.",
        "AGREE",
        ("RUS",),
        ("NATO",),
        "hypothetical",
        marks=pytest.mark.xfail(
            reason="a conditional offer loses its consequence with the condition (filters.conditional); not a word gap",
            strict=True,
        ),
    ),
    (
        "Russia and NATO failed to reach an agreement on missile defence.",
        "AGREE",
        ("NATO", "RUS"),
        (),
        "negated",
    ),
    ("Germany will propose a new framework to Russia next month.", "AGREE", ("DEU",), ("RUS",), "future"),
    pytest.param(
        "Turkey never promised Sweden that it would lift its veto.",
        "AGREE",
        ("TUR",),
        ("SWE",),
        "negated",
        marks=pytest.mark.xfail(
            reason="'promise X that ...' is read as the promised concession, not the promise; the negation is lost",
            strict=True,
        ),
    ),
    (
        "Russian and Norwegian coast guards conducted joint patrols in the Barents Sea.",
        "COOPERATE",
        ("NOR", "RUS"),
        (),
        "asserted",
    ),
    (
        "NATO and Russia worked together to combat piracy off the Horn of Africa.",
        "COOPERATE",
        ("NATO", "RUS"),
        (),
        "asserted",
    ),
    (
        "Russian and American investigators carried out a joint investigation into the bombing.",
        "COOPERATE",
        ("RUS", "USA"),
        (),
        "asserted",
    ),
    (
        "Moscow shared intelligence with Washington on the Boston bombers.",
        "COOPERATE",
        ("RUS",),
        ("USA",),
        "asserted",
    ),
    (
        "Turkish and Russian forces held joint patrols in northern Syria.",
        "COOPERATE",
        ("RUS", "TUR"),
        (),
        "asserted",
    ),
    ("Russia coordinated its air operations with Israel.", "COOPERATE", ("RUS",), ("ISR",), "asserted"),
    (
        "Polish police arrested the suspect in cooperation with German authorities.",
        "COOPERATE",
        ("POL",),
        ("DEU",),
        "asserted",
    ),
    (
        "Russian warships took part in a joint exercise with the US Navy in 2011.",
        "COOPERATE",
        None,
        None,
        "asserted",
    ),
    (
        "Russia and NATO cooperated closely on counter-narcotics training in Afghanistan.",
        "COOPERATE",
        ("NATO", "RUS"),
        (),
        "asserted",
    ),
    (
        "Russia and the United States exchanged data on their strategic forces under the treaty.",
        "COOPERATE",
        ("RUS", "USA"),
        (),
        "asserted",
    ),
    (
        "Russian and Finnish rescuers teamed up to search for the missing fishermen.",
        "COOPERATE",
        ("FIN", "RUS"),
        (),
        "asserted",
    ),
    (
        "France and Germany coordinated their positions ahead of the Normandy talks.",
        "COOPERATE",
        ("DEU", "FRA"),
        (),
        "asserted",
    ),
    (
        "Moscow and Ankara are working hand in hand on the TurkStream pipeline.",
        "COOPERATE",
        ("RUS", "TUR"),
        (),
        "asserted",
    ),
    (
        "The United States joined forces with Britain to train Ukrainian pilots.",
        "COOPERATE",
        None,
        None,
        "asserted",
    ),
    (
        "Police in Lithuania and Latvia collaborated to dismantle a smuggling ring.",
        "COOPERATE",
        ("LTU", "LVA"),
        (),
        "asserted",
    ),
    (
        "Washington and Moscow cooperated in removing highly enriched uranium from Kazakhstan.",
        "COOPERATE",
        ("RUS", "USA"),
        (),
        "asserted",
    ),
    (
        "Germany and Poland pooled their resources to build a joint air-defence unit.",
        "COOPERATE",
        ("DEU", "POL"),
        (),
        "asserted",
    ),
    (
        "Russian border guards worked with their Chinese counterparts to stop illegal crossings.",
        "COOPERATE",
        None,
        None,
        "asserted",
    ),
    (
        "Russian and Chinese bombers flew a joint patrol over the Sea of Japan.",
        "COOPERATE",
        ("CHN", "RUS"),
        (),
        "asserted",
    ),
    (
        "Russian and Ukrainian officials jointly inspected the Zaporizhzhia plant with the IAEA.",
        "COOPERATE",
        None,
        None,
        "asserted",
    ),
    (
        "Russia lifted its ban on Georgian wine and mineral water imports in 2013.",
        "CONCEDE|RETREAT",
        ("RUS",),
        ("GEO",),
        "asserted",
    ),
    ("Turkey dropped its objection to Sweden's NATO membership.", "CONCEDE", ("TUR",), ("SWE",), "asserted"),
    ("Hungary withdrew its veto on the EU aid package for Ukraine.", "CONCEDE", ("HUN",), None, "asserted"),
    ("Moscow made concessions to Kyiv on gas transit fees.", "CONCEDE", ("RUS",), ("UKR",), "asserted"),
    (
        "Greece lifted its veto on North Macedonia's NATO membership.",
        "CONCEDE",
        ("GRC",),
        ("MKD",),
        "asserted",
    ),
    (
        "Russia yielded to German pressure and resumed gas deliveries.",
        "CONCEDE",
        ("RUS",),
        ("DEU",),
        "asserted",
    ),
    ("Ukraine eased visa rules for Russian citizens.", "CONCEDE", ("UKR",), ("RUS",), "asserted"),
    (
        "Georgia compromised on the customs monitoring issue to let Russia join the WTO.",
        "CONCEDE",
        ("GEO",),
        ("RUS",),
        "asserted",
    ),
    (
        "Moscow backed down on its demand that NATO withdraw from Eastern Europe.",
        "CONCEDE",
        ("RUS",),
        ("NATO",),
        "asserted",
    ),
    ("Belarus released the detained Lithuanian citizens.", "RETREAT|CONCEDE", ("BLR",), ("LTU",), "asserted"),
    ("Russia exchanged 75 prisoners with Ukraine.", "RETREAT|CONCEDE", ("RUS",), ("UKR",), "asserted"),
    (
        "Washington eased sanctions on Belarusian potash exports.",
        "RETREAT|CONCEDE",
        ("USA",),
        ("BLR",),
        "asserted",
    ),
    ("Poland softened its stance on Ukrainian grain imports.", "CONCEDE", ("POL",), ("UKR",), "asserted"),
    (
        "Russia relaxed restrictions on Moldovan wine imports.",
        "CONCEDE|RETREAT",
        ("RUS",),
        ("MDA",),
        "asserted",
    ),
    (
        "Azerbaijan made a major concession to Armenia on the Lachin corridor.",
        "CONCEDE",
        ("AZE",),
        ("ARM",),
        "asserted",
    ),
    pytest.param(
        "Moscow granted Kyiv a discount on gas prices.",
        "CONCEDE",
        ("RUS",),
        ("UKR",),
        "asserted",
        marks=pytest.mark.xfail(
            reason="a price discount granted reads as AID (grant * to X); CONCEDE/AID boundary left to the lead",
            strict=True,
        ),
    ),
    ("Turkey abandoned its demands on Finland.", "CONCEDE", ("TUR",), ("FIN",), "asserted"),
    (
        "France withdrew its objection to Georgia's Membership Action Plan.",
        "CONCEDE",
        ("FRA",),
        ("GEO",),
        "asserted",
    ),
    (
        "Russia waived its objections to Ukraine's membership of the WTO.",
        "CONCEDE",
        ("RUS",),
        ("UKR",),
        "asserted",
    ),
    ("Ankara relented and allowed Finland to join the Alliance.", "CONCEDE", ("TUR",), ("FIN",), "asserted"),
    (
        "The United States delivered humanitarian aid to Georgia in August 2008.",
        "AID",
        ("USA",),
        ("GEO",),
        "asserted",
    ),
    (
        "Canada provided non-lethal assistance to the Ukrainian armed forces.",
        "AID",
        ("CAN",),
        ("UKR",),
        "asserted",
    ),
    ("Lithuania sent medical supplies to Ukraine.", "AID", ("LTU",), ("UKR",), "asserted"),
    pytest.param(
        "The Netherlands funded the destruction of anti-personnel mines in Ukraine.",
        "AID",
        ("NLD",),
        ("UKR",),
        "asserted",
        marks=pytest.mark.xfail(
            reason="the helped state stands only as a place ('in Ukraine'), which is no target", strict=True
        ),
    ),
    (
        "British instructors trained Ukrainian troops under Operation Orbital.",
        "AID",
        ("GBR",),
        ("UKR",),
        "asserted",
    ),
    ("Denmark donated F-16 fighter jets to Ukraine.", "AID", ("DNK",), ("UKR",), "asserted"),
    pytest.param(
        "Norway contributed 50 million kroner to Ukraine's energy reconstruction.",
        "AID",
        ("NOR",),
        ("UKR",),
        "asserted",
        marks=pytest.mark.xfail(
            reason="'contribute * million * to X' was left out: the PETRARCH synset gold codes such sums as no event",
            strict=True,
        ),
    ),
    ("Russia shipped tonnes of humanitarian cargo to Serbia.", "AID", ("RUS",), ("SRB",), "asserted"),
    ("Germany supplied Ukraine with IRIS-T air defence systems.", "AID", ("DEU",), ("UKR",), "asserted"),
    (
        "Washington gave Kyiv another $300 million in military assistance.",
        "AID",
        ("USA",),
        ("UKR",),
        "asserted",
    ),
    ("NATO equipped the Georgian army with secure communications.", "AID", ("NATO",), ("GEO",), "asserted"),
    ("Polish engineers helped Ukraine repair its power grid.", "AID", ("POL",), ("UKR",), "asserted"),
    (
        "The EU disbursed 1.5 billion euros in macro-financial assistance to Ukraine.",
        "AID",
        ("EU",),
        ("UKR",),
        "asserted",
    ),
    ("Russia dispatched rescue teams to Turkey after the earthquake.", "AID", ("RUS",), ("TUR",), "asserted"),
    ("Estonia handed over howitzers to Ukraine.", "AID", ("EST",), ("UKR",), "asserted"),
    (
        "The Czech Republic financed the purchase of artillery shells for Ukraine.",
        "AID",
        ("CZE",),
        ("UKR",),
        "asserted",
    ),
    ("Italy airlifted tents and blankets to Armenia.", "AID", ("ITA",), ("ARM",), "asserted"),
    ("Sweden transferred armoured vehicles to the Ukrainian army.", "AID", ("SWE",), ("UKR",), "asserted"),
    ("France provided Moldova with budget support.", "AID", ("FRA",), ("MDA",), "asserted"),
    ("Romania trained Ukrainian F-16 pilots at its Fetesti air base.", "AID", ("ROU",), ("UKR",), "asserted"),
    ("Germany will deliver more Leopard tanks to Ukraine next year.", "AID", ("DEU",), ("UKR",), "future"),
    (
        "The United States did not provide Georgia with military aid in 2008.",
        "AID",
        ("USA",),
        ("GEO",),
        "negated",
    ),
    ("Russia received humanitarian aid from Belarus.", "AID", ("BLR",), ("RUS",), "asserted"),
]
"""(sentence, accepted types "A|B", sources, targets (``None``: not checked), polarity)."""

LOOKALIKES = [
    ("Hungary refused to back new sanctions against Russia.", "SUPPORT"),
    ("The ministers discussed support for Ukraine.", "SUPPORT"),
    ("The Kremlin rejected the offer made by Washington.", "AGREE"),
    ("Russia will not cooperate with NATO as long as sanctions remain.", "COOPERATE"),
    ("NATO and Russia could work together on missile defence.", "COOPERATE"),
    ("Moscow suspended intelligence sharing with Washington.", "COOPERATE"),
    ("Russia and Belarus will hold joint exercises next year.", "COOPERATE"),
    ("The ministers discussed cooperation on counter-terrorism.", "COOPERATE"),
    ("Russia refused to lift the ban on Polish meat imports.", "CONCEDE"),
    ("Turkey will drop its objection if Sweden extradites the suspects.", "CONCEDE"),
    ("Moscow has made no concessions to Kyiv.", "CONCEDE"),
    ("Ankara would never yield to pressure from Washington.", "CONCEDE"),
    ("Hungary refused to send weapons to Ukraine.", "AID"),
    ("If approved, the package would fund training for Ukrainian soldiers.", "AID"),
    ("Ukraine asked Germany to supply more air defence systems.", "AID"),
    ("Russia rejected Ukraine's proposal for a ceasefire.", "AGREE"),
    ("Russia did not share any intelligence with the Alliance.", "COOPERATE"),
    ("Georgia has not received any military aid from NATO.", "AID"),
    ("Russia did not agree to the American proposal.", "AGREE"),
]
"""(sentence, type it must not code as asserted)."""


@pytest.mark.parametrize(("text", "types", "source", "target", "polarity"), CASES)
def test_cooperative_event_coded(
    text: str, types: str, source: Actors, target: Actors, polarity: str
) -> None:
    events = code_sentence(text, date=DAY)
    got = [
        (e.event.value, tuple(sorted(e.source)), tuple(sorted(e.target)), e.polarity.value) for e in events
    ]
    assert any(
        t in types.split("|")
        and (source is None or s == source)
        and (target is None or g == target)
        and p == polarity
        for t, s, g, p in got
    ), got


@pytest.mark.parametrize(("text", "etype"), LOOKALIKES)
def test_lookalike_codes_no_asserted_event(text: str, etype: str) -> None:
    events = code_sentence(text, date=DAY)
    assert not [e for e in events if e.event.value == etype and e.polarity.value == "asserted"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian officials worked in close coordination with Turkish experts.",
            ("COOPERATE", ("RUS",), ("TUR",)),
        ),
        ("Lavrov said Russia acted in concert with China.", ("COOPERATE", ("RUS",), ("CHN",))),
        ("Russia and Belarus jointly held the drills.", ("COOPERATE", ("BLR", "RUS"), ())),
        ("Ukraine and Poland teamed up.", ("COOPERATE", ("POL", "UKR"), ())),
        ("Georgia works hand in hand with the United States.", ("COOPERATE", ("GEO",), ("USA",))),
        ("The EU provided financial support to Ukraine.", ("AID", ("EU",), ("UKR",))),
        ("Germany gave Ukraine military and humanitarian support.", ("AID", ("DEU",), ("UKR",))),
        ("Hungary withdrew its objection to the EU package.", ("CONCEDE", ("HUN",), ("EU",))),
        ("Germany equipped Ukraine with tanks.", ("AID", ("DEU",), ("UKR",))),
    ],
)
def test_rule_fires(text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    got = {
        (e.event.value, tuple(sorted(e.source)), tuple(sorted(e.target)))
        for e in code_sentence(text, date=DAY)
    }
    assert expected in got


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Russia is interested in cooperation with NATO.", "COOPERATE"),
        ("They noted progress in cooperation with Russia.", "COOPERATE"),
        ("The talks were held in cooperation with", "COOPERATE"),
        ("jointly", "COOPERATE"),
        ("Russia provided political support to Serbia.", "AID"),
        ("Britain withdrew from the EU.", "CONCEDE"),
        ("The aircraft are equipped with missiles.", "AID"),
        ("Russia contributed to stability in the region.", "AID"),
        ("Russia will contribute", "AID"),
    ],
)
def test_rule_lookalike_does_not_fire(text: str, etype: str) -> None:
    assert not [e for e in code_sentence(text, date=DAY) if e.event.value == etype]


def test_withdrawing_from_a_body_stays_a_sanction() -> None:
    assert {e.event.value for e in code_sentence("Britain withdrew from the EU.", date=DAY)} == {"SANCTION"}


def test_political_support_stays_support() -> None:
    assert {
        e.event.value for e in code_sentence("Russia provided political support to Serbia.", date=DAY)
    } == {"SUPPORT"}


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "12345 !!! ...",
        "in cooperation with",
        "Russia acted in close",
        "Russia and NATO teamed",
        "hand in",
        "jointly jointly jointly",
        "provided budget",
        "withdrew its",
        "equipped",
        "in cooperation with " * 6000,
        "jointly hand in hand teamed up " * 3500,
    ],
)
def test_bad_input_gives_a_list(text: str) -> None:
    assert isinstance(code_sentence(text, date=DAY), list)


def test_readers_on_bare_tokens() -> None:
    tokens = tokenize("in cooperation with")
    assert not material_support(tokens, 0, len(tokens))
    assert not material_support(tokens, 0, 0)
    assert not gives_up_a_claim(tokens, 0, 0)
    assert gives_up_a_claim(tokenize("withdrew its veto"), 0, 3)
    assert material_support(tokenize("provided budget support"), 0, 3)


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Russian companies, in cooperation with Hungarian firms, will build the plant.", "future"),
        ("Russian companies, in cooperation with Hungarian firms, built the plant.", "asserted"),
        (
            "Polish police arrested the suspect in cooperation with German authorities, which will try him.",
            "asserted",
        ),
        ("Polish police did not arrest anyone in cooperation with German authorities.", "negated"),
        ("Russia and Belarus will jointly hold exercises next year.", "future"),
    ],
)
def test_polarity_of_an_act_done_together(text: str, polarity: str) -> None:
    got = [e.polarity.value for e in code_sentence(text, date=DAY) if e.event.value == "COOPERATE"]
    assert got == [polarity]


@pytest.mark.parametrize(
    ("text", "sides", "polarity"),
    [
        ("An agreement was reached between Russia and Ukraine on gas transit.", ("RUS", "UKR"), "asserted"),
        ("A deal has been struck between Moscow and Washington.", ("RUS", "USA"), "asserted"),
        ("No agreement was reached between Russia and NATO.", ("NATO", "RUS"), "negated"),
    ],
)
def test_accord_told_in_the_passive(text: str, sides: tuple[str, ...], polarity: str) -> None:
    got = [
        (tuple(sorted(e.source)), tuple(e.target), e.polarity.value)
        for e in code_sentence(text, date=DAY)
        if e.event.value == "AGREE"
    ]
    assert (sides, (), polarity) in got


@pytest.mark.parametrize(
    "text",
    [
        "The agreement signed between Russia and Ukraine in 1997 expired.",
        "agreement was reached between",
        "An agreement was reached between",
    ],
)
def test_accord_lookalike_codes_no_agreement(text: str) -> None:
    assert not [e for e in code_sentence(text, date=DAY) if e.event.value == "AGREE"]
