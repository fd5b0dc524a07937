"""SUPPORT in official text, session 33 (helper support2): detente.coding.support2 and
data/lexicon/s33-support2.toml. Every sentence is invented for these tests. The battery covers many actors,
tenses, voices and nominal forms of praise, thanks, welcome, congratulations, condolences, solidarity,
backing, signing and recognition, said in the third person or in the first person with a ``context`` naming
the speaker, with negations and look-alikes that must give no SUPPORT (welcome ceremonies, thanks to an
audience or a journalist, a leader's thanks to his own people, logistic support, home policy)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.badinput import coded_twice_cleanly, near_limit

from detente.coding.coder import Event, code_sentence
from detente.coding.ontology import Polarity
from detente.coding.roleparts import Roles
from detente.coding.support2 import (
    appraised_conduct,
    called_key,
    condolences_for_place,
    deserved_and_backers,
    home_ceremony,
    hoped_good,
    let_me,
    owned_nouns,
    owned_words,
    settled,
    sides_settled,
)

DAY = dt.date(2021, 6, 1)
PUTIN = "Remarks by President Vladimir Putin; 'I' is the President (RUS)."
KREMLIN = "Vladimir Putin, President of Russia"
SG = "Statement by the NATO Secretary General; 'we' is NATO."
PRESS = "News conference of President Vladimir Putin; 'I' is the President (RUS)."
A, N, F = "asserted", "negated", "future"


def supports(text: str, context: str | None = None) -> set[tuple[str, str, str]]:
    return {
        ("+".join(e.source), "+".join(e.target), e.polarity.value)
        for e in code_sentence(text, date=DAY, context=context)
        if e.event.value == "SUPPORT"
    }


# --- the battery: (sentence, context, source, target, polarity) that must be coded ------------------------

CODED = [
    # welcoming
    ("The Secretary General welcomed Finland's decision to apply for membership.", None, "NATO", "FIN", A),
    ("Berlin welcomed the agreement between Armenia and Azerbaijan.", None, "DEU", "ARM+AZE", A),
    ("Paris's welcome of Kyiv's reform plan was warm.", None, "FRA", "UKR", A),
    ("The EU welcomed the decision by Serbia to resume the dialogue.", None, "EU", "SRB", A),
    ("NATO foreign ministers hailed the accession of North Macedonia.", None, "NATO", "MKD", A),
    ("We welcome the ceasefire agreed by Armenia and Azerbaijan.", PUTIN, "RUS", "ARM+AZE", A),
    ("Allies welcome the progress Sweden has made on its reforms.", SG, "NATO", "SWE", A),
    ("Moscow did not welcome the Finnish decision.", None, "RUS", "FIN", N),
    ("The Kremlin has welcomed the release of the Russian sailors by Guinea.", None, "RUS", "GIN", A),
    ("Tokyo warmly welcomed Seoul's proposal on the historical issues.", None, "JPN", "KOR", A),
    ("The Allies welcomed Ukraine's commitment to reforms.", None, "NATO", "UKR", A),
    ("The Secretary General welcomed Sweden as the newest member of the Alliance.", None, "NATO", "SWE", A),
    # thanks and gratitude
    (
        "The President expressed words of gratitude to the Kazakh leadership for its help with the summit.",
        None,
        "RUS",
        "KAZ",
        A,
    ),
    ("Japan thanked South Korea for its assistance after the tsunami.", None, "JPN", "KOR", A),
    ("The Polish President thanked Washington for deploying additional troops.", None, "POL", "USA", A),
    ("Sweden thanked Turkey for lifting its objection.", None, "SWE", "TUR", A),
    ("I want to thank the Government of Kazakhstan for its hospitality.", PUTIN, "RUS", "KAZ", A),
    ("Let me express my sincere gratitude to our Chinese friends.", PUTIN, "RUS", "CHN", A),
    (
        "Allow me to thank the Indian side for the excellent organisation of the visit.",
        PUTIN,
        "RUS",
        "IND",
        A,
    ),
    ("I am grateful to the Egyptian President for the invitation.", PUTIN, "RUS", "EGY", A),
    ("We are thankful to our Serbian friends for their principled position.", PUTIN, "RUS", "SRB", A),
    ("I want to thank Norway for hosting this meeting.", SG, "NATO", "NOR", A),
    ("Greece was thanked by Cyprus for its help with the wildfires.", None, "CYP", "GRC", A),
    ("Lavrov expressed Moscow's appreciation for the mediation of Qatar.", None, "RUS", "QAT", A),
    ("Special thanks go to our Belarusian colleagues.", PUTIN, "RUS", "BLR", A),
    ("Many thanks to the Government of Austria for hosting the talks.", SG, "NATO", "AUT", A),
    ("The Alliance is grateful for Australia's contribution to our missions.", None, "NATO", "AUS", A),
    ("Let me congratulate Finland on becoming our newest Ally.", SG, "NATO", "FIN", A),
    (
        "I would like to thank the Chinese side for the excellent organisation of the event.",
        KREMLIN,
        "RUS",
        "CHN",
        A,
    ),
    (
        "Vladimir Putin thanked Recep Tayyip Erdogan for his condolences over the crash.",
        None,
        "RUS",
        "TUR",
        A,
    ),
    # praise, appreciation, value
    (
        "Vladimir Putin expressed high appreciation of the work of the Chinese mediators.",
        None,
        "RUS",
        "CHN",
        A,
    ),
    ("We value our partnership with India very highly.", PUTIN, "RUS", "IND", A),
    ("Lavrov praised the constructive position of the Turkish side.", None, "RUS", "TUR", A),
    ("Macron paid tribute to the courage of the Ukrainian people.", None, "FRA", "UKR", A),
    ("We highly appreciate Egypt's balanced position on the crisis.", PUTIN, "RUS", "EGY", A),
    ("Estonia was praised by the Secretary General for its defence spending.", None, "NATO", "EST", A),
    ("Turkey's mediation efforts were highly appreciated by the Russian side.", None, "RUS", "TUR", A),
    ("Brazil praised China's role in brokering the deal.", None, "BRA", "CHN", A),
    ("The Alliance commends Montenegro for its reforms.", None, "NATO", "MNE", A),
    ("Paris applauded Rome's decision to send frigates.", None, "FRA", "ITA", A),
    ("Ankara lauded Azerbaijan's victory.", None, "TUR", "AZE", A),
    (
        "The Secretary General's praise for Norway's contribution was noted by the press.",
        None,
        "NATO",
        "NOR",
        A,
    ),
    ("Putin never praised the Georgian government.", None, "RUS", "GEO", N),
    ("Putin had warm words for the Chinese leader.", None, "RUS", "CHN", A),
    ("Japan's contribution is highly valued by the Alliance.", None, "NATO", "JPN", A),
    ("Norway's efforts were commended by the North Atlantic Council.", None, "NATO", "NOR", A),
    ("Putin highly assessed the work of the Turkish mediators.", None, "RUS", "TUR", A),
    ("Estonia deserves praise for its contribution.", SG, "NATO", "EST", A),
    ("Denmark deserves our thanks for its leadership.", SG, "NATO", "DNK", A),
    ("I commend Romania's leadership in the Black Sea region.", SG, "NATO", "ROU", A),
    ("The Russian leader highly appreciated the hospitality of the Emirati side.", None, "RUS", "ARE", A),
    # conduct appraised as good
    ("Putin described the position of Germany as balanced and constructive.", None, "RUS", "DEU", A),
    ("The Secretary General said the Chinese position was balanced.", None, "NATO", "CHN", A),
    ("Lavrov said the Indian approach to the crisis was responsible and balanced.", None, "RUS", "IND", A),
    (
        "The Kremlin believes that Turkey's role in the grain deal has been very important.",
        None,
        "RUS",
        "TUR",
        A,
    ),
    ("The President said the Brazilian proposals were constructive.", None, "RUS", "BRA", A),
    ("The President said that the work of the NATO-Russia Council was positive.", None, "RUS", "NRC", A),
    ("Putin said that Ankara's mediation had been extremely useful.", None, "RUS", "TUR", A),
    ("Lavrov said Tehran's approach to the talks was pragmatic.", None, "RUS", "IRN", A),
    # partners, key bodies, importance
    ("The Kremlin attaches great importance to relations with Vietnam.", None, "RUS", "VNM", A),
    ("Kazakhstan is a reliable partner for Russia, Putin said.", None, "RUS", "KAZ", A),
    ("We consider Brazil a strategic partner.", PUTIN, "RUS", "BRA", A),
    ("India has been and remains a reliable friend of our country.", PUTIN, "RUS", "IND", A),
    (
        "Russia traditionally views the United Nations as the central body of the world order.",
        None,
        "RUS",
        "UN",
        A,
    ),
    ("The Commonwealth of Independent States is a major asset for all of us.", PUTIN, "RUS", "CIS", A),
    ("Lavrov described the African Union as a key partner.", None, "RUS", "AU", A),
    ("Putin called the CSTO a reliable guarantor of security in the region.", None, "RUS", "CSTO", A),
    (
        "Putin noted that Turkmenistan's neutrality was an important factor of stability.",
        None,
        "RUS",
        "TKM",
        A,
    ),
    ("We are satisfied with the level of our cooperation with Egypt.", PUTIN, "RUS", "EGY", A),
    # congratulations and greetings
    ("Putin congratulated Emmanuel Macron on his election victory.", None, "RUS", "FRA", A),
    ("Canada congratulated Ukraine on its Independence Day.", None, "CAN", "UKR", A),
    ("I congratulate the people of Vietnam on their national holiday.", PUTIN, "RUS", "VNM", A),
    ("Congratulations were sent by the Kremlin to the new President of Argentina.", None, "RUS", "ARG", A),
    ("The Kremlin has not congratulated the new Moldovan president.", None, "RUS", "MDA", N),
    ("Putin wished the Kazakh people peace and prosperity.", None, "RUS", "KAZ", A),
    ("Please convey my congratulations to the people of Egypt.", PUTIN, "RUS", "EGY", A),
    ("The Estonian government was congratulated by the Alliance on the anniversary.", None, "NATO", "EST", A),
    # condolences, sympathy, solidarity
    (
        "Putin sent a message of condolences to the President of Turkey over the earthquake.",
        None,
        "RUS",
        "TUR",
        A,
    ),
    (
        "The Foreign Ministry expressed its sympathy to the people of Italy after the floods.",
        None,
        "RUS",
        "ITA",
        A,
    ),
    (
        "NATO Allies expressed their solidarity with Poland after the missile incident.",
        None,
        "NATO",
        "POL",
        A,
    ),
    ("Russia stands in solidarity with the people of Syria.", None, "RUS", "SYR", A),
    (
        "The President of Belarus conveyed his condolences to Vladimir Putin over the crash.",
        None,
        "BLR",
        "RUS",
        A,
    ),
    ("Russia offered its condolences to Iran over the helicopter crash.", None, "RUS", "IRN", A),
    ("My sincere condolences go to the families of the victims in Serbia.", PUTIN, "RUS", "SRB", A),
    ("Our thoughts are with the people of Turkey.", SG, "NATO", "TUR", A),
    (
        "I would like to express our support to the people of Japan at this difficult time.",
        PUTIN,
        "RUS",
        "JPN",
        A,
    ),
    (
        "In his telegram, the President expressed deep condolences to the families of those killed in the "
        "plane crash in Nepal.",
        None,
        "RUS",
        "NPL",
        A,
    ),
    ("The President expressed his sympathy over the victims of the floods in India.", None, "RUS", "IND", A),
    (
        "The Secretary General expressed his condolences following the avalanche in Italy.",
        None,
        "NATO",
        "ITA",
        A,
    ),
    ("I offer my sincere condolences to the people of Norway.", SG, "NATO", "NOR", A),
    ("Allies stand shoulder to shoulder with Turkey.", SG, "NATO", "TUR", A),
    ("The United States stands with the people of Ukraine.", None, "USA", "UKR", A),
    # backing and endorsing
    ("The United States backs Georgia's territorial integrity.", None, "USA", "GEO", A),
    ("The leaders of the G7 voiced their backing for Moldova's sovereignty.", None, "G7", "MDA", A),
    ("Moscow has expressed its support for Serbia's position on Kosovo.", None, "RUS", "SRB", A),
    ("Beijing voiced support for the peace initiative put forward by Brazil.", None, "CHN", "BRA", A),
    ("Germany is supporting Ukraine's bid for candidate status.", None, "DEU", "UKR", A),
    ("Our support for Ukraine is unwavering.", SG, "NATO", "UKR", A),
    ("Our solidarity with Ukraine is steadfast.", SG, "NATO", "UKR", A),
    ("We reaffirm our unwavering support for the sovereignty of Moldova.", SG, "NATO", "MDA", A),
    ("Poland has been a staunch supporter of Ukraine.", None, "POL", "UKR", A),
    ("Germany is one of Ukraine's biggest supporters.", None, "DEU", "UKR", A),
    ("Japan remains a strong advocate of Ukraine's sovereignty.", None, "JPN", "UKR", A),
    ("Berlin has not endorsed the Polish plan.", None, "DEU", "POL", N),
    # hopes that a side's act will do good
    (
        "Putin expressed hope that the accord between Serbia and Kosovo would strengthen stability in the Balkans.",
        None,
        "RUS",
        "SRB+kosovo",
        A,
    ),
    ("Moscow hoped that the mission of the OSCE would succeed.", None, "RUS", "OSCE", A),
    # lexicon phrases (s33-support2.toml)
    (
        "Putin stressed that Russia is interested in a strong and prosperous Kazakhstan.",
        None,
        "RUS",
        "KAZ",
        A,
    ),
    (
        "Japan's Prime Minister expressed gratitude for Russia's help in evacuating citizens.",
        None,
        "JPN",
        "RUS",
        A,
    ),
    ("Putin was grateful for the support given by Belarus.", None, "RUS", "BLR", A),
    (
        "Medvedev said that the Chinese chairmanship of the SCO had been very successful.",
        None,
        "RUS",
        "CHN",
        A,
    ),
    ("The European Union welcomed the holding of elections in Moldova.", None, "EU", "MDA", A),
    ("Putin found Xi Jinping frank and trustworthy.", None, "RUS", "CHN", A),
    (
        "The Secretary General condemned the bombing of the Peruvian embassy in Chile and conveyed his "
        "condolences to Foreign Minister Lavrov.",
        None,
        "NATO",
        "RUS",
        A,
    ),
    ("Germany criticised Poland and thanked France for its help.", None, "DEU", "FRA", A),
    # signing, ratifying, recognising
    ("The State Duma ratified the agreement with Abkhazia.", None, "RUS", "abkhazia", A),
    ("Canada will recognise Palestine as a state in September.", None, "CAN", "PSE", F),
]


@pytest.mark.parametrize(("text", "context", "source", "target", "polarity"), CODED)
def test_the_battery_codes_support(
    text: str, context: str | None, source: str, target: str, polarity: str
) -> None:
    assert (source, target, polarity) in supports(text, context)


# --- look-alikes: no SUPPORT ------------------------------------------------------------------------------

NONE = [
    ("A welcome ceremony for the Indian Prime Minister was held at the Kremlin.", None),
    ("Thank you all for coming today.", PUTIN),
    ("Thank you, that is a good question.", PRESS),
    ("Thank you. Mr President, what about gas prices?", PRESS),
    ("I thank you for your question.", PRESS),
    ("Thank you. Next question, please.", SG),
    ("Thank you for your attention.", PUTIN),
    ("Thank you very much, colleagues.", PUTIN),
    ("The Government will support domestic farmers with new subsidies.", None),
    ("We will continue to support our soldiers at the front.", PUTIN),
    ("We will support our defence industry with new orders.", PUTIN),
    ("The President thanked the rescue workers for their dedication.", None),
    ("The President thanked the Russian servicemen for their courage.", None),
    ("Putin congratulated the Russian Olympic team on their medals.", None),
    ("Putin congratulated Russian women on International Women's Day.", None),
    ("Putin congratulated Russian scientists on Science Day.", None),
    ("Putin expressed condolences to the families of the miners killed in Kuzbass.", None),
    ("We express our deep condolences to the families of those killed in the Moscow attack.", PUTIN),
    ("The governor thanked volunteers in Belgorod for their work.", None),
    ("He welcomed the journalists and opened the press conference.", None),
    ("The President welcomed the participants of the forum.", None),
    ("I am glad to welcome you to Moscow.", PUTIN),
    ("Logistical support for the troops was provided by the air base.", None),
    ("Technical support staff at the embassy were cut.", None),
    ("Air support was provided to the ground units.", None),
    ("The Ministry of Defence provides support to families of servicemen.", None),
    ("A welcome centre for refugees opened in Warsaw.", None),
    ("Thanks to the new pipeline, Germany receives more gas.", None),
    ("Support for the ruling party fell to 30 percent.", None),
    ("Support for Ukraine among American voters has declined.", None),
    ("In support of its claim, Moscow cited the 1997 Founding Act.", None),
    ("The President thanked the audience and left the stage.", None),
    ("Putin signed a decree on the spring draft.", None),
    ("The contribution of Russian scientists to the project is valued.", None),
    ("The President praised the performance of the national economy.", None),
    ("Russia's position on the question remains principled and consistent.", None),
    ("The Chinese position on Ukraine is not balanced, the Secretary General said.", None),
    ("If the Turkish approach is constructive, talks can resume.", None),
    ("The Kremlin called NATO a threat and an instrument of confrontation.", None),
    ("Russia has become a major factor of instability, the Allies said.", None),
    ("Moscow views the Alliance as the main threat to its security.", None),
    ("Our thoughts are not with the regime in Minsk.", SG),
    ("We hope that the Russian forces will withdraw.", SG),
    ("Kyiv hoped that the Hungarian veto would fall.", None),
    ("The Turkish army's operation was described by Ankara as successful.", None),
    ("Please accept my deepest condolences over the tragic death of your citizens.", PUTIN),
    ("Russia will never recognise the annexation.", None),
    ("The company is interested in stable prices in Kazakhstan.", None),
    ("Russia is not interested in a weak Ukraine.", None),
    ("The court found the Chinese company guilty of fraud.", None),
]


@pytest.mark.parametrize(("text", "context"), NONE)
def test_look_alikes_give_no_support(text: str, context: str | None) -> None:
    assert not supports(text, context)


def test_an_ally_that_backs_a_bid_supports_the_applicant_or_the_alliance() -> None:
    found = supports("Britain endorsed Sweden's bid to join the Alliance.")
    assert found & {("GBR", "SWE", A), ("GBR", "NATO", A)}


# --- the families one by one, each with a near miss -------------------------------------------------------


def _no_make(*args: object) -> Event:
    raise AssertionError("no event should be made")


def test_owned_words_need_a_speaker() -> None:
    assert not supports("Our thoughts are with the people of Turkey.")
    assert owned_words("Our thoughts are with the people of Turkey.", [], [], None, _no_make) == []


def test_owned_words_negated_are_left_alone() -> None:
    assert not supports("My support does not go to the government in Minsk.", SG)


def test_a_possessive_noun_needs_an_owner_that_is_a_side() -> None:
    assert not supports("The minister's welcome of the plan was warm.")
    assert owned_nouns("The minister's welcome of the plan was warm.", [], [], _no_make) == []


def test_a_self_appraisal_with_no_judge_is_no_event() -> None:
    assert not supports("Germany's approach has always been consistent.")


def test_a_denied_appraisal_is_no_support() -> None:
    assert not supports("Lavrov said the Indian approach to the crisis was not constructive.")


def test_a_called_key_body_near_a_threat_is_no_support() -> None:
    assert not supports("Lavrov described the Alliance as a key instrument of confrontation.")


def test_hope_for_a_withdrawal_is_no_support() -> None:
    assert not supports("Putin hoped that the Japanese government would withdraw its troops.")


def test_a_place_of_condolences_is_never_the_senders_own_country() -> None:
    assert not supports("Putin expressed condolences over the victims of the fire in Russia.")


def test_condolences_to_a_side_named_first_keep_that_side() -> None:
    found = supports("Putin sent condolences to Chile over the fire in Peru.")
    assert ("RUS", "CHL", A) in found


def test_an_effective_instrument_against_a_side_is_no_praise() -> None:
    assert not supports("The Alliance has become an effective mechanism for containing Russia.", PUTIN)


def test_let_me_needs_a_speaker() -> None:
    assert let_me("Let me congratulate Finland on its election.", [], [], None, _no_make) == []


def test_a_supporter_of_sanctions_backs_no_one() -> None:
    assert not supports("Poland has been a staunch supporter of sanctions against Russia.")


def test_deserving_nothing_good_is_no_support() -> None:
    assert not supports("Estonia does not deserve praise for its contribution.", SG)


def test_thanks_to_a_foreign_worker_group_are_kept_when_the_state_is_named() -> None:
    assert ("RUS", "TUR", A) in supports("Putin thanked the Turkish rescue workers for their help.")


def test_home_ceremony_keeps_other_events() -> None:
    assert home_ceremony("anything", [], []) == []


def test_the_families_keep_their_input_for_text_without_their_words() -> None:
    text = "The delegations discussed trade."
    for family in (appraised_conduct, called_key, condolences_for_place, deserved_and_backers, hoped_good):
        assert family(text, [], [], "RUS", _no_make) == []
    assert sides_settled(text, [], [], "RUS") == []


def test_roles_value_is_the_shared_one() -> None:
    assert Roles(("RUS",), ("CHN",), (0, 1)).source == ("RUS",)
    assert Polarity.ASSERTED.value == A


def test_settled_keeps_events_for_bad_input() -> None:
    for text in ("", "...", "1234 5678", "x" * 100_000):
        assert settled(text, [], [], "RUS", _no_make) == []


def test_garbage_and_very_long_sentences_code_cleanly() -> None:
    for text in (
        "",
        "...",
        "1234 5678",
        near_limit("our thoughts are with the people of "),
        near_limit("the position of Peru was balanced and "),
        near_limit("let me thank "),
    ):
        coded_twice_cleanly(text, date=DAY, speaker="RUS")
