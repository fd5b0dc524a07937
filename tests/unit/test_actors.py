"""Actor knowledge and matching (detente.coding.actors)."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import tomllib
from pathlib import Path

import pytest

from detente.coding.actors import (
    Actor,
    ActorDictionary,
    ActorKind,
    Mention,
    Role,
    build_dictionary,
    fold,
    load_dictionary,
    parse_partial_date,
    person_actor,
)
from detente.errors import InputError

D2015 = dt.date(2015, 5, 19)


def match(text: str, date: dt.date | None = D2015, speaker: str | None = None) -> list[Mention]:
    return load_dictionary().match(text, date=date, speaker=speaker)


def codes(text: str, date: dt.date | None = D2015, speaker: str | None = None) -> list[str | None]:
    return [m.code for m in match(text, date, speaker)]


def only(text: str, date: dt.date | None = D2015, speaker: str | None = None) -> Mention:
    mentions = match(text, date, speaker)
    assert len(mentions) == 1, mentions
    return mentions[0]


# ---- the dictionary itself


def test_dictionary_is_built_once_per_process() -> None:
    assert load_dictionary() is load_dictionary()


def test_dictionary_has_every_pycountry_state_and_enough_people() -> None:
    counts = load_dictionary().counts()
    assert counts["state"] >= 249
    assert counts["person"] >= 90
    assert counts["org"] >= 15


def test_states_from_pycountry_without_own_data() -> None:
    assert only("Tuvalu signed.").code == "TUV"


def test_pycountry_inverted_names() -> None:
    assert only("the Islamic Republic of Iran").code == "IRN"
    assert only("the Republic of Korea").code == "KOR"


# ---- states, demonyms, metonyms


def test_state_short_forms() -> None:
    assert codes("Russia, the United States, Britain and the UK") == ["RUS", "USA", "GBR", "GBR"]


def test_metonyms() -> None:
    mentions = match("Moscow, the Kremlin, Washington, the White House, Ankara, Kyiv and Kiev")
    assert [m.code for m in mentions] == ["RUS", "RUS", "USA", "USA", "TUR", "UKR", "UKR"]
    assert {m.kind for m in mentions} == {ActorKind.METONYM}


def test_demonym_is_the_state() -> None:
    m = only("Ukrainian diplomats arrived")
    assert (m.code, m.kind, m.head) == ("UKR", ActorKind.DEMONYM, "diplomats")


def test_demonym_with_modifier_and_head_codes_the_owner() -> None:
    m = only("violations by Russian combat aircraft")
    assert (m.text, m.code, m.head) == ("Russian combat aircraft", "RUS", "aircraft")


def test_airspace_owner_is_coded() -> None:
    mentions = match("violations of Turkish airspace by Russian combat aircraft")
    assert [(m.code, m.head) for m in mentions] == [("TUR", "airspace"), ("RUS", "aircraft")]


def test_pro_russian_is_not_russia() -> None:
    assert codes("pro-Russian separatists attacked") == ["separatists"]


def test_anti_and_non_prefixes_are_attitudes() -> None:
    assert codes("anti-NATO protests in non-EU countries") == []


def test_ethnic_and_language_uses_are_not_the_state() -> None:
    assert codes("ethnic Russians and Russian-speaking people") == []


def test_ignore_list_hides_names_inside_phrases() -> None:
    assert codes("implement the Minsk agreements in full") == []
    assert codes("the Washington Post reported") == []


def test_locative_is_flagged() -> None:
    mentions = match("NATO met in Brussels with Ukraine and in Moscow")
    flagged = {m.text: m.locative for m in mentions}
    assert flagged == {"NATO": False, "Ukraine": False, "Moscow": True}


# ---- word boundaries and case


def test_no_match_inside_a_longer_word() -> None:
    assert codes("Iranians and Iranian officials") == ["IRN", "IRN"]
    assert [m.text for m in match("Iranians")] == ["Iranians"]
    assert codes("Nigeria is not Niger") == ["NGA", "NER"]


def test_possessive_and_hyphen_are_boundaries() -> None:
    assert codes("Russia's position on NATO-led forces") == ["RUS", "NATO"]


def test_pronoun_us_never_matches() -> None:
    assert codes("Let us talk; it is up to us.") == []
    assert codes("The US and U.S. officials") == ["USA", "USA"]


def test_acronyms_need_capitals_names_need_an_initial_capital() -> None:
    assert codes("nato and russia") == []
    assert codes("NATO and RUSSIA") == ["NATO", "RUS"]


def test_longest_match_wins() -> None:
    m = only("the NATO-Russia Council met")
    assert (m.code, m.text) == ("NRC", "NATO-Russia Council")
    assert only("Papua New Guinea").code == "PNG"


def test_lower_case_groups_match_any_case() -> None:
    assert codes("Separatists and rebels fought terrorists") == ["separatists", "rebels", "terrorists"]


def test_diacritics_and_plain_spelling_both_match() -> None:
    assert codes("Feridun Sinirlioğlu and Feridun Sinirlioglu", dt.date(2015, 10, 5)) == ["TUR", "TUR"]


# ---- organisations


def test_nato_bodies_and_aliases() -> None:
    text = "the Alliance, the North Atlantic Council, SHAPE, NATO Allies and Nato"
    assert set(codes(text)) == {"NATO"}


def test_un_security_council_is_un() -> None:
    assert only("the UN Security Council voted").code == "UN"


def test_other_organisations() -> None:
    text = "the OSCE, the CSTO, the CIS, the G7, the G-20, the Warsaw Pact and the West"
    assert codes(text) == ["OSCE", "CSTO", "CIS", "G7", "G20", "WARSAW_PACT", "WEST"]


def test_shape_only_in_capitals() -> None:
    assert codes("the shape of things") == []


# ---- people and roles over time


@pytest.mark.parametrize(
    ("day", "code", "title"),
    [
        (dt.date(2013, 5, 1), "NOR", "Prime Minister"),
        (dt.date(2015, 5, 1), "NATO", "Secretary General"),
        (dt.date(2024, 9, 30), "NATO", "Secretary General"),
        (dt.date(2025, 3, 1), "NOR", "Minister of Finance"),
    ],
)
def test_stoltenberg_over_time(day: dt.date, code: str, title: str) -> None:
    m = only("Jens Stoltenberg spoke", day)
    assert m.code == code
    assert m.role is not None and m.role.title == title


def test_person_between_roles_codes_by_nationality() -> None:
    m = only("Stoltenberg spoke", dt.date(2014, 1, 15))
    assert (m.code, m.role) == ("NOR", None)


def test_rutte_takes_over_on_the_first_of_october_2024() -> None:
    assert only("Mark Rutte", dt.date(2024, 10, 1)).code == "NATO"
    assert only("Mark Rutte", dt.date(2024, 9, 30)).code == "NLD"


def test_lavrov_foreign_minister_from_march_2004() -> None:
    m = only("Sergei Lavrov said", dt.date(2004, 3, 9))
    assert m.code == "RUS" and m.role is not None and m.role.title == "Foreign Minister"


def test_person_with_one_actor_is_coded_without_a_date() -> None:
    m = only("Mr Putin said", None)
    assert (m.code, m.person) == ("RUS", "Vladimir Putin")


def test_surname_with_titles() -> None:
    for text in ("Mr Lavrov", "Mr. Lavrov", "Foreign Minister Lavrov", "Sergey Lavrov", "Sergei Lavrov"):
        m = only(text)
        assert (m.code, m.person, m.text) == ("RUS", "Sergey Lavrov", text)


def test_shared_surname_resolved_by_the_role_held_at_the_date() -> None:
    assert only("Mr Ivanov", dt.date(1998, 10, 1)).person == "Igor Ivanov"
    both_active = only("Mr Ivanov", dt.date(2000, 6, 1))
    assert (both_active.code, both_active.person) == ("RUS", "")


def test_common_word_surnames_are_not_matched_alone() -> None:
    assert codes("In May the Major said") == []


# ---- titles


def test_nato_secretary_general_title() -> None:
    m = only("NATO Secretary General expresses solidarity", dt.date(2015, 10, 5))
    assert (m.code, m.kind, m.person) == ("NATO", ActorKind.TITLE, "Jens Stoltenberg")


def test_secretary_general_alone_in_a_nato_text() -> None:
    m = only("The Secretary General restated the position", speaker="NATO")
    assert m.code == "NATO"


def test_un_speaker_makes_the_secretary_general_un() -> None:
    assert only("The Secretary-General said", speaker="UN").code == "UN"


def test_title_of_country() -> None:
    m = only("the Foreign Minister of Turkey", dt.date(2015, 10, 5))
    assert (m.code, m.kind, m.person) == ("TUR", ActorKind.TITLE, "Feridun Sinirlioğlu")


def test_title_of_the_russian_federation_with_person() -> None:
    m = only("the Minister of Foreign Affairs of the Russian Federation Sergey Lavrov")
    assert (m.code, m.kind, m.person) == ("RUS", ActorKind.PERSON, "Sergey Lavrov")


def test_adjective_and_possessive_titles() -> None:
    assert codes("the Russian President and Russia's foreign minister") == ["RUS", "RUS"]
    assert only("the President of Russia").code == "RUS"


def test_title_takes_the_explicit_role_over_the_date() -> None:
    m = only("NATO Secretary General Jens Stoltenberg", dt.date(2013, 1, 1))
    assert m.code == "NATO"


def test_state_title_alone_uses_a_state_speaker() -> None:
    assert only("The President said", speaker="RUS").code == "RUS"
    assert only("The President said", speaker="NATO").code is None


def test_speaker_given_as_text() -> None:
    assert only("The Secretary General said", speaker="Statement by the UN Secretary-General").code == "UN"
    assert only("The President said", speaker="the Kremlin").code == "RUS"


def test_unknown_named_person_is_not_invented() -> None:
    m = only("President Obiang arrived", speaker="RUS")
    assert (m.kind, m.code) == (ActorKind.TITLE, None)
    assert codes("Ambassador Kowalczyk-Smith met him") == [None]


def test_unknown_capitalised_names_give_no_mentions() -> None:
    assert match("Zorblax Quintero visited Elbonia.") == []


# ---- bad input


def test_empty_text() -> None:
    assert match("") == []


def test_text_without_letters() -> None:
    assert match("!!! 123 ... ??? — 4.5") == []


def test_huge_text_is_matched_without_error() -> None:
    text = ("Russia met NATO in Moscow. " * 4000)[:100_000]
    mentions = match(text)
    assert len(mentions) > 1000
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_offsets_survive_length_changing_lower_case() -> None:
    text = "İstanbul hosted Russia"  # "İ" lower-cases to two characters
    mentions = match(text)
    assert [(text[m.start : m.end], m.code) for m in mentions] == [("İstanbul", "TUR"), ("Russia", "RUS")]
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_datetime_is_accepted_as_date() -> None:
    assert only("Stoltenberg", dt.datetime(2015, 1, 1, 12, 0)).code == "NATO"  # type: ignore[arg-type]


# ---- data helpers


def test_fold_keeps_length() -> None:
    for text in ("İİ", "Straße", "U.S.-led", "ﬁ"):
        assert len(fold(text)) == len(text)


def test_partial_dates() -> None:
    assert parse_partial_date("2014") == dt.date(2014, 1, 1)
    assert parse_partial_date("2014", end=True) == dt.date(2015, 1, 1)
    assert parse_partial_date("2014-12", end=True) == dt.date(2015, 1, 1)
    assert parse_partial_date("") is None
    with pytest.raises(ValueError):
        parse_partial_date("May 2014")


def test_bad_person_entry_names_where() -> None:
    with pytest.raises(InputError, match="people entry 7"):
        person_actor(
            {"name": "X Y", "roles": [["RUS", "President", "2014-13-01", ""]]}, where="people entry 7"
        )


def test_small_custom_dictionary() -> None:
    actor = Actor("Ruritania", ActorKind.STATE, "RUR", forms=["Ruritania", "Ruritanian"])
    person = Actor(
        "Rudolf", ActorKind.PERSON, "RUR", forms=["Rudolf"], roles=(Role("XXX", "King", None, None),)
    )
    dictionary = ActorDictionary([actor, person])
    assert [m.code for m in dictionary.match("Rudolf of Ruritania", date=None)] == ["RUR", "RUR"]


def test_empty_dictionary_matches_nothing() -> None:
    assert ActorDictionary([]).match("Russia", date=None) == []


# ---- the shared corpus


def test_kremlin_corpus_matches_cleanly(shared_data: type) -> None:
    """Every sentence of a few Kremlin pages: mentions are valid spans, Putin is RUS."""
    from detente.coding.text import split_sentences
    from detente.extract.article import extract_article
    from detente.model import RawDocument
    from detente.settings import Settings

    root: Path = shared_data.path("data", "corpora", "kremlin-en-nato-pages")
    lines = (root / "pages.jsonl").read_text(encoding="utf-8").splitlines()[:5]
    dictionary = load_dictionary()
    seen = 0
    for line in lines:
        meta = json.loads(line)
        raw = RawDocument(location=meta["file"], data=gzip.decompress((root / meta["file"]).read_bytes()))
        result = extract_article(raw, Settings(), fast=True)
        if result.article is None:
            continue
        day = dt.date.fromisoformat(meta["date"])
        for sentence in split_sentences(result.article.body):
            for m in dictionary.match(sentence.text, date=day, speaker="RUS"):
                assert sentence.text[m.start : m.end] == m.text
                if m.person == "Vladimir Putin":
                    assert m.code == "RUS"
                seen += 1
    assert seen > 0


# ---- data consistency


def test_every_role_and_nationality_names_a_known_actor() -> None:
    dictionary = load_dictionary()
    people = [a for a in dictionary.actors if a.kind is ActorKind.PERSON]
    unknown = [(p.name, r.actor) for p in people for r in p.roles if r.actor not in dictionary.code_kinds]
    unknown += [
        (p.name, p.nationality)
        for p in people
        if p.nationality and p.nationality not in dictionary.code_kinds
    ]
    assert unknown == []


def test_roles_end_after_they_start() -> None:
    people = [a for a in load_dictionary().actors if a.kind is ActorKind.PERSON]
    bad = [(p.name, r) for p in people for r in p.roles if r.start and r.end and r.end <= r.start]
    assert bad == []


@pytest.mark.parametrize(
    ("day", "holder"),
    [
        (dt.date(1990, 1, 1), "Manfred Wörner"),
        (dt.date(1995, 1, 1), "Willy Claes"),
        (dt.date(1997, 1, 1), "Javier Solana"),
        (dt.date(2002, 1, 1), "George Robertson"),
        (dt.date(2006, 1, 1), "Jaap de Hoop Scheffer"),
        (dt.date(2012, 1, 1), "Anders Fogh Rasmussen"),
        (dt.date(2020, 1, 1), "Jens Stoltenberg"),
        (dt.date(2025, 1, 1), "Mark Rutte"),
    ],
)
def test_nato_secretary_general_holder_by_date(day: dt.date, holder: str) -> None:
    m = only("the NATO Secretary General", day)
    assert (m.code, m.person) == ("NATO", holder)


def test_alliances_are_dated_and_make_allies_one_side() -> None:
    d = load_dictionary()
    assert d.allied("NATO", "POL", dt.date(2010, 1, 1))
    assert not d.allied("NATO", "POL", dt.date(1995, 1, 1))  # before Poland's accession
    assert d.allied("POL", "EST", dt.date(2020, 1, 1))  # two members
    assert d.allied("RUS", "BLR", dt.date(2020, 1, 1))  # the CSTO
    assert not d.allied("RUS", "UKR", dt.date(2020, 1, 1))
    assert not d.allied("FIN", "NATO", dt.date(2023, 4, 3)) and d.allied("FIN", "NATO", dt.date(2023, 4, 4))
    assert d.allied("SUN", "POL", dt.date(1980, 1, 1)) and not d.allied("SUN", "POL", dt.date(1992, 1, 1))
    assert "SWE" in d.members_at("NATO", None) and "SWE" not in d.members_at("NATO", dt.date(2024, 3, 6))


@pytest.mark.parametrize(
    ("members", "message"),
    [
        ('"POL"', "members must be a list"),
        ('[["POL"]]', "a member is"),
        ('[["POL", 1999]]', "a member is"),
        ('[["POL", "1999-13-40"]]', "member POL"),
    ],
)
def test_a_bad_alliance_member_list_names_the_organisation(members: str, message: str) -> None:
    data = tomllib.loads(f'[orgs]\nNATO = {{ names = ["NATO"], members = {members} }}\n')
    with pytest.raises(InputError, match=f"org NATO.*{message}"):
        build_dictionary(data)


# ---- world leaders, officials and armed groups beyond NATO-Russia


@pytest.mark.parametrize(
    ("text", "day", "code"),
    [
        ("President Robert Mugabe warned white farmers.", dt.date(2000, 5, 5), "ZWE"),
        ("Suharto resigns after 32 years in power.", dt.date(1998, 5, 21), "IDN"),
        ("Yahya Jammeh refused to step down.", dt.date(2016, 12, 10), "GMB"),
        ("Pope Francis described the killings as genocide.", dt.date(2015, 4, 12), "VAT"),
        ("Rapid Support Forces fighters shelled the camp.", dt.date(2024, 4, 12), "RSF"),
        ("The Islamic Courts Union held talks in Khartoum.", dt.date(2006, 9, 2), "ICU"),
        ("Basij militiamen beat the crowd.", dt.date(2009, 6, 20), "IRN"),
        ("Alexander Lebed signed the accord.", dt.date(1996, 8, 31), "RUS"),
        ("Hemedti rejected the truce.", dt.date(2023, 6, 1), "RSF"),  # RSF commander once the war began
        ("Hemedti signed the deal.", dt.date(2019, 8, 17), "SDN"),  # then deputy head of the council
        ("Tigrayan forces retook Mekelle.", dt.date(2021, 6, 28), "TPLF"),
        ("al-Shabaab claimed the attack.", dt.date(2017, 10, 15), "AL_SHABAAB"),
        ("Ayatollah Khomeini returned.", dt.date(1979, 2, 1), "IRN"),
        ("Chechen rebels seized the school.", dt.date(2004, 9, 1), "chechen rebels"),
    ],
)
def test_world_leaders_and_armed_groups(text: str, day: dt.date, code: str) -> None:
    assert [m.code for m in match(text, day)][:1] == [code]


@pytest.mark.parametrize(
    ("text", "day", "code"),
    [
        ("Kabila said", dt.date(1998, 5, 1), "COD"),  # Laurent-Désiré, then Joseph: one surname by date
        ("Déby said", dt.date(2022, 5, 1), "TCD"),
        ("Hariri said", dt.date(2003, 5, 1), "LBN"),
    ],
)
def test_shared_surnames_of_new_leaders(text: str, day: dt.date, code: str) -> None:
    assert only(text, day).code == code


@pytest.mark.parametrize(
    "text",
    ["Mr Lee said", "Khan said", "Mr Ali said", "Wang said", "Santos said", "Ms Rice said", "Mr Ortiz said"],
)
def test_frequent_surnames_stay_unresolved(text: str) -> None:
    assert codes(text, dt.date(2015, 5, 19)) == []


@pytest.mark.parametrize(
    ("text", "day", "person"),
    [
        ("President Michel Aoun said", dt.date(2018, 1, 1), "Michel Aoun"),  # not "President Michel" (BEL)
        ("Prime Minister Najib Mikati said", dt.date(2022, 1, 1), "Najib Mikati"),  # not Najib Razak
        ("Commissioner Michel Barnier said", dt.date(2005, 1, 1), "Michel Barnier"),
        ("Eritrean President Isaias Afwerki said", dt.date(2018, 7, 9), "Isaias Afwerki"),
    ],
)
def test_title_and_surname_never_split_a_longer_name(text: str, day: dt.date, person: str) -> None:
    assert only(text, day).person == person


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        ("Today we are holding another regular session of the Security Council.", "RUS", ["RUS"]),
        ("Today we are holding another regular session of the Security Council.", "USA", ["UN"]),
        ("Today we are holding another regular session of the Security Council.", None, ["UN"]),
        ("The draft will be discussed by the Security Council after its resolution.", "RUS", ["UN"]),
        ("We should use other forums, including the UN and the Security Council.", "RUS", ["UN", "UN"]),
        ("The UN Security Council met.", "RUS", ["UN"]),
        ("Russia's Security Council met.", "USA", ["RUS"]),
        ("They attended a session of the Collective Security Council.", "RUS", ["CSTO"]),
        ("The US National Security Council met.", "RUS", ["USA"]),
    ],
)
def test_security_council_alone_is_the_russian_speakers_own(
    text: str, speaker: str | None, expected: list[str]
) -> None:
    assert codes(text, speaker=speaker) == expected


@pytest.mark.parametrize(
    ("field", "value"),
    [("speakers", '"RUS"'), ("speakers", "[1]"), ("default_cues", '["UN", ""]'), ("default_cues", "5")],
)
def test_a_bad_title_speaker_list_names_the_title(field: str, value: str) -> None:
    """A title's ``speakers``/``default_cues`` must be lists of strings: a bare "RUS" would otherwise be
    read as the letters R, U and S, and a number would crash the build."""
    data = tomllib.loads(
        f'[titles]\n"Security Council" = {{ forms = ["Security Council"], default = "UN", {field} = {value} }}\n'
    )
    with pytest.raises(InputError, match=f"title Security Council: {field} must be a list"):
        build_dictionary(data)


# ---- state bodies, agencies, state companies, formations and international bodies named as doers


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Russian agencies, state companies and formations named without the country
        ("EMERCOM flew tents to the region.", "RUS"),
        ("The Federal Air Transport Agency closed the airports.", "RUS"),
        ("Rosneft cut supplies to the refinery.", "RUS"),
        ("Transneft halted the pipeline.", "RUS"),
        ("The Investigative Committee opened a criminal case.", "RUS"),
        ("Rosoboronexport signed the contract.", "RUS"),
        ("The Strategic Rocket Forces held a drill.", "RUS"),
        ("Africa Corps units arrived in Bamako.", "RUS"),
        ("The Bank of Russia raised its key rate.", "RUS"),
        # Ukrainian bodies and companies
        ("Naftogaz filed a claim.", "UKR"),
        ("Ukrenergo announced power cuts.", "UKR"),
        ("Energoatom reported shelling near the plant.", "UKR"),
        ("The SBU detained two agents.", "UKR"),
        ("The National Guard of Ukraine repelled the assault.", "UKR"),
        ("The Azov Regiment held the plant.", "UKR"),
        # US departments, commands, agencies
        ("OFAC designated the bank.", "USA"),
        ("The Commerce Department added the firms to its list.", "USA"),
        ("CENTCOM said the strike hit a depot.", "USA"),
        ("The Sixth Fleet sent a destroyer.", "USA"),
        ("The CIA briefed the committee.", "USA"),
        ("USAID suspended the programme.", "USA"),
        ("The Senate Foreign Relations Committee approved the treaty.", "USA"),
        ("The Departments of State and the Treasury imposed sanctions.", "USA"),
        ("The US Pacific Fleet sent a carrier.", "USA"),
        # other states' parliaments, services, armed forces and state companies
        ("MI6 recruited the officer.", "GBR"),
        ("RAF jets intercepted the bomber.", "GBR"),
        ("The BND warned of sabotage.", "DEU"),
        ("The Quai d'Orsay summoned the envoy.", "FRA"),
        ("The IDF struck targets in Gaza.", "ISR"),
        ("Mossad foiled the plot.", "ISR"),
        ("The PLA launched drills around the island.", "CHN"),
        ("The National People's Congress passed the law.", "CHN"),
        ("The Seimas voted to ban the party.", "LTU"),
        ("The Riksdag approved the bid.", "SWE"),
        ("Gasum refused to pay in roubles.", "FIN"),
        ("SOCAR signed the gas deal.", "AZE"),
        ("Kazatomprom cut output.", "KAZ"),
        ("The Tatmadaw shelled the village.", "MMR"),
        ("The Korean People's Army fired a missile.", "PRK"),
        ("Inter-Services Intelligence detained him.", "PAK"),
    ],
)
def test_state_bodies_named_without_the_state(text: str, code: str) -> None:
    assert codes(text)[:1] == [code]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The World Food Programme airlifted flour.", "UN"),
        ("The U.N. refugee agency urged governments to help.", "UN"),
        ("UNIFIL reported violations of the line.", "UN"),
        ("MONUSCO evacuated civilians.", "UN"),
        ("The Human Rights Council adopted a resolution.", "UN"),
        ("The UN nuclear watchdog sent inspectors.", "IAEA"),
        ("Frontex deployed border guards.", "EU"),
        ("EULEX arrested a suspect.", "EU"),
        ("The European Central Bank froze the assets.", "EU"),
        ("JFC Brunssum took command.", "NATO"),
        ("Baltic Air Policing jets scrambled.", "NATO"),
        ("The Very High Readiness Joint Task Force deployed.", "NATO"),
        ("The Implementation Force entered Bosnia.", "NATO"),
        ("The Special Monitoring Mission recorded explosions.", "OSCE"),
        ("The Permanent Council extended the mandate.", "OSCE"),
        ("The Paris Club of creditor nations wrote off the debt.", "PARIS_CLUB"),
        ("The Gulf Cooperation Council condemned the attack.", "GCC"),
        ("The Organisation of Islamic Cooperation held a summit.", "OIC"),
        ("The UN's top court ordered a halt.", "ICJ"),
        ("AMISOM troops retook the town.", "AU"),
    ],
)
def test_international_bodies_and_missions(text: str, code: str) -> None:
    assert codes(text)[:1] == [code]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russian artillery shelled the town.", "RUS"),
        ("A Russian brigade crossed the river.", "RUS"),
        ("The Ukrainian National Guard held the line.", "UKR"),
        ("The Russian Interior Ministry issued a statement.", "RUS"),
        ("The Kazakh Emergencies Ministry sent rescuers.", "KAZ"),  # a ministry named after its state
        ("The Belarusian Investigative Committee charged him.", "BLR"),
        ("The Polish Ministry of National Defence confirmed it.", "POL"),
        ("A Russian gas company cut deliveries.", "RUS"),
    ],
)
def test_bodies_owned_by_a_named_state(text: str, code: str) -> None:
    mention = only(text)
    assert mention.code == code


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        ("The Emergencies Ministry delivered tents.", "RUS", ["RUS"]),
        ("The Emergencies Ministry delivered tents.", None, [None]),
        ("The Ministry for Emergency Situations sent aircraft.", "RUS", ["RUS"]),
    ],
)
def test_ministries_alone_are_the_speakers_own(
    text: str, speaker: str | None, expected: list[str | None]
) -> None:
    assert codes(text, speaker=speaker) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Élysée Treaty was signed in 1963.",
        "The Matignon Accords ended the violence.",
        "The International Stabilization Force will be deployed.",
    ],
)
def test_names_of_bodies_inside_other_names_are_not_actors(text: str) -> None:
    assert codes(text) == []
