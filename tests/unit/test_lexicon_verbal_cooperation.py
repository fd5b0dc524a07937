"""The verbal-cooperation lexicon (data/lexicon/verbal-cooperation.toml): each phrase codes its event with
the right sides, and the risky words stay silent in their look-alikes (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DATE = dt.date(2020, 1, 15)


def _events(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [
        (e.event.value, tuple(sorted(e.source)), tuple(sorted(e.target)))
        for e in code_sentence(text, date=DATE)
    ]


POSITIVE = [
    ("The United States came out in support of Sweden's bid to join NATO.", "SUPPORT", ("USA",), ("SWE",)),
    ("Germany came out strongly for Ukraine in the dispute.", "SUPPORT", ("DEU",), ("UKR",)),
    ("The UN Security Council approved the peace plan drafted by Egypt.", "SUPPORT", ("UN",), ("EGY",)),
    ("The United States gave South Korea high marks for its response.", "SUPPORT", ("USA",), ("KOR",)),
    ("France wished Georgia success in its reforms.", "SUPPORT", ("FRA",), ("GEO",)),
    ("Russia was satisfied with China's position on the matter.", "SUPPORT", ("RUS",), ("CHN",)),
    ("Russia was pleased with the position of India.", "SUPPORT", ("RUS",), ("IND",)),
    ("Russia called Kazakhstan a reliable partner.", "SUPPORT", ("RUS",), ("KAZ",)),
    ("The United States described Japan as a trusted ally.", "SUPPORT", ("USA",), ("JPN",)),
    ("Germany co-sponsored the resolution drafted by France.", "SUPPORT", ("DEU",), ("FRA",)),
    ("France seconded Germany's proposal.", "SUPPORT", ("FRA",), ("DEU",)),
    ("Russia awarded Serbia's president the Order of Alexander Nevsky.", "SUPPORT", ("RUS",), ("SRB",)),
    ("France bestowed its highest honour on Senegal's president.", "SUPPORT", ("FRA",), ("SEN",)),
    ("China cheered Russia's proposal for a new security architecture.", "SUPPORT", ("CHN",), ("RUS",)),
    ("The United States gave a warm welcome to Montenegro's accession.", "SUPPORT", ("USA",), ("MNE",)),
    ("Britain sent its ambassador back to Moscow.", "SUPPORT", ("GBR",), ("RUS",)),
    ("The United States is proud of Poland's contribution to NATO.", "SUPPORT", ("USA",), ("POL",)),
    ("Germany voiced understanding for Greece's position.", "SUPPORT", ("DEU",), ("GRC",)),
    ("Germany was full of praise for Italy's reforms.", "SUPPORT", ("DEU",), ("ITA",)),
    ("The EU heaped praise on Albania's government.", "SUPPORT", ("EU",), ("ALB",)),
    ("China sent a congratulatory message to Russia.", "SUPPORT", ("CHN",), ("RUS",)),
    ("The United States stands in lockstep with South Korea.", "SUPPORT", ("USA",), ("KOR",)),
    ("Russia is firmly on China's side in the dispute.", "SUPPORT", ("RUS",), ("CHN",)),
    ("The United States stood four-square behind Poland.", "SUPPORT", ("USA",), ("POL",)),
    (
        "The United States accorded recognition to South Korea's new government.",
        "SUPPORT",
        ("USA",),
        ("KOR",),
    ),
    ("The United States green-lighted Ukraine's request.", "SUPPORT", ("USA",), ("UKR",)),
    ("Russia respects Armenia's sovereign choice.", "SUPPORT", ("RUS",), ("ARM",)),
    ("China affirmed Russia's right to security guarantees.", "SUPPORT", ("CHN",), ("RUS",)),
    ("Putin signed the law ratifying the treaty with Armenia.", "SUPPORT", ("RUS",), ("ARM",)),
    ("Vladimir Putin and Xi Jinping exchanged New Year telegrams.", "SUPPORT", ("CHN", "RUS"), ()),
    (
        "The United States and Japan celebrated the anniversary of their alliance.",
        "SUPPORT",
        ("JPN", "USA"),
        (),
    ),
    ("Iran gave its word that it would not enrich uranium.", "AGREE", ("IRN",), ()),
    ("China unveiled a peace plan for Ukraine.", "AGREE", ("CHN",), ("UKR",)),
    ("Ukraine presented its ten-point peace formula.", "AGREE", ("UKR",), ()),
    ("Egypt laid out a ceasefire plan for Israel.", "AGREE", ("EGY",), ("ISR",)),
    ("Egypt presented a roadmap for a truce to Israel.", "AGREE", ("EGY",), ("ISR",)),
    (
        "Russia submitted a draft treaty on security guarantees to the United States.",
        "AGREE",
        ("RUS",),
        ("USA",),
    ),
    ("Vietnam is eager to expand trade with the United States.", "AGREE", ("VNM",), ("USA",)),
    ("Ukraine seeks closer ties with the EU.", "AGREE", ("UKR",), ("EU",)),
    ("Russia looks forward to cooperation with China.", "AGREE", ("RUS",), ("CHN",)),
    ("China and India struck a bargain on the disputed border.", "AGREE", ("CHN", "IND"), ()),
    ("The EU left the door open to Turkey's membership.", "AGREE", ("EU",), ("TUR",)),
    ("Serbia was amenable to a deal with Kosovo.", "AGREE", ("SRB",), ("kosovo",)),
    ("The United States held out the prospect of a trade deal to Japan.", "AGREE", ("USA",), ("JPN",)),
    ("Russia and Turkey settled on a compromise.", "AGREE", ("RUS", "TUR"), ()),
    ("China vowed closer cooperation with the United States.", "AGREE", ("CHN",), ("USA",)),
    ("Germany and France announced plans to jointly develop a fighter jet.", "AGREE", ("DEU", "FRA"), ()),
    ("Turkey proposed a grain corridor to Russia.", "AGREE", ("TUR",), ("RUS",)),
    ("Russia would welcome talks with Japan on a peace treaty.", "AGREE", ("RUS",), ("JPN",)),
    ("Russia and the Czech Republic were in full agreement on this question.", "AGREE", ("CZE", "RUS"), ()),
    ("Russia and China are in full agreement.", "AGREE", ("CHN", "RUS"), ()),
    ("The United States and the EU are on the same page on Iran.", "AGREE", ("EU", "USA"), ()),
    (
        "Chancellor Merkel renewed her invitation to the Polish President to visit Germany.",
        "REQUEST",
        ("DEU",),
        ("POL",),
    ),
    ("Haiti turned to the UN for help.", "REQUEST", ("HTI",), ("UN",)),
    ("The EU appealed directly to Azerbaijan to reopen the corridor.", "REQUEST", ("EU",), ("AZE",)),
    ("The United States counselled Egypt to show restraint.", "REQUEST", ("USA",), ("EGY",)),
    ("The United States advised Israel against a ground offensive.", "REQUEST", ("USA",), ("ISR",)),
    (
        "The UN General Assembly passed a resolution demanding that Russia withdraw.",
        "REQUEST",
        ("UN",),
        ("RUS",),
    ),
    ("Ukraine pleaded for more Patriot systems from the United States.", "REQUEST", ("UKR",), ("USA",)),
    ("Turkey set conditions for Finland's entry into NATO.", "REQUEST", ("TUR",), ("FIN",)),
    ("Turkey laid down conditions for Sweden's entry.", "REQUEST", ("TUR",), ("SWE",)),
    ("China lodged a request with Japan for data on the water.", "REQUEST", ("CHN",), ("JPN",)),
    ("India hosted a delegation from Japan.", "CONSULT", ("IND",), ("JPN",)),
    ("China held a telephone call with Russia.", "CONSULT", ("CHN",), ("RUS",)),
    ("France spoke on the phone with Russia about the crisis.", "CONSULT", ("FRA",), ("RUS",)),
    ("France rang Russia to discuss the crisis.", "CONSULT", ("FRA",), ("RUS",)),
    ("China and India restarted talks on the border.", "CONSULT", ("CHN", "IND"), ()),
    ("The United States reached out to China after the incident.", "CONSULT", ("USA",), ("CHN",)),
    ("Ukraine got in touch with Russia via Turkey.", "CONSULT", ("UKR",), ("RUS",)),
    ("Russia made contact with the Taliban.", "CONSULT", ("RUS",), ("TALIBAN",)),
    ("The US president presided over a meeting of the G7.", "CONSULT", ("USA",), ("G7",)),
    ("Putin granted an audience to the Iranian foreign minister.", "CONSULT", ("RUS",), ("IRN",)),
    ("France keeps in close contact with Russia.", "CONSULT", ("FRA",), ("RUS",)),
    ("The EU is in negotiations with Russia on gas.", "CONSULT", ("EU",), ("RUS",)),
    ("The EU engaged with China on climate.", "CONSULT", ("EU",), ("CHN",)),
    ("The US and Russian foreign ministers spoke on the phone.", "CONSULT", ("RUS", "USA"), ()),
    ("The British and French leaders huddled on the margins of the summit.", "CONSULT", ("FRA", "GBR"), ()),
    ("Macron and Scholz had dinner in Paris.", "CONSULT", ("DEU", "FRA"), ()),
    ("The Polish president went to Kyiv to meet Zelensky.", "CONSULT", ("POL",), ("UKR",)),
    ("The Ukrainian president came to Warsaw for talks.", "CONSULT", ("UKR",), ("POL",)),
    ("The Chinese president flew into Moscow on Monday.", "CONSULT", ("CHN",), ("RUS",)),
    ("Australia's prime minister touched down in Beijing.", "CONSULT", ("AUS",), ("CHN",)),
    ("Turkey moved to mend fences with Armenia.", "SUPPORT", ("TUR",), ("ARM",)),
    ("The United States moved to reset relations with Russia.", "SUPPORT", ("USA",), ("RUS",)),
    ("The United States began a thaw in relations with Cuba.", "SUPPORT", ("USA",), ("CUB",)),
    ("Greece pursued a rapprochement with Turkey.", "SUPPORT", ("GRC",), ("TUR",)),
    ("The United States warmed to Vietnam.", "SUPPORT", ("USA",), ("VNM",)),
    ("China courted the Philippines with investment promises.", "SUPPORT", ("CHN",), ("PHL",)),
    ("Russia wooed Turkey with a gas deal.", "SUPPORT", ("RUS",), ("TUR",)),
    ("India elevated its ties with Japan to a special strategic partnership.", "SUPPORT", ("IND",), ("JPN",)),
    ("Japan opened a new chapter in relations with South Korea.", "SUPPORT", ("JPN",), ("KOR",)),
    ("China honoured the Pakistani president with its highest award.", "SUPPORT", ("CHN",), ("PAK",)),
    ("Russia expressed optimism about relations with India.", "SUPPORT", ("RUS",), ("IND",)),
    ("The United States reaffirmed its special relationship with Britain.", "SUPPORT", ("USA",), ("GBR",)),
    ("Turkey and Armenia mended fences.", "SUPPORT", ("ARM", "TUR"), ()),
    ("Turkey and Armenia pursued a rapprochement.", "SUPPORT", ("ARM", "TUR"), ()),
    ("Japan and South Korea opened a new chapter in their relations.", "SUPPORT", ("JPN", "KOR"), ()),
    ("Germany and France reaffirmed their friendship.", "SUPPORT", ("DEU", "FRA"), ()),
    ("Israel struck a conciliatory tone toward the Palestinians.", "AGREE", ("ISR",), ("PSE",)),
    ("Iran signalled flexibility on the enrichment issue.", "AGREE", ("IRN",), ()),
    ("North Korea extended a hand to South Korea.", "AGREE", ("PRK",), ("KOR",)),
    ("Greece said it would seek a negotiated solution with Turkey.", "AGREE", ("GRC",), ("TUR",)),
    ("France tried to persuade Germany to drop its objections.", "REQUEST", ("FRA",), ("DEU",)),
    ("The United States prevailed upon Turkey to lift its veto.", "REQUEST", ("USA",), ("TUR",)),
    ("The United States made the case to Israel for a pause.", "REQUEST", ("USA",), ("ISR",)),
    ("Britain pressed the case with Iran for the release of the sailors.", "REQUEST", ("GBR",), ("IRN",)),
    ("The UN pleaded for access to the besieged city.", "REQUEST", ("UN",), ()),
    ("France liaised with Germany on the response.", "CONSULT", ("FRA",), ("DEU",)),
    ("Putin conversed with Erdogan during the summit.", "CONSULT", ("RUS",), ("TUR",)),
    ("The US secretary of state stopped in Riyadh.", "CONSULT", ("USA",), ("SAU",)),
    ("Russia and Ukraine sat at the negotiating table in Istanbul.", "CONSULT", ("RUS", "UKR"), ()),
    ("Washington's proposal for new arms talks with Moscow is on the table.", "AGREE", ("USA",), ("RUS",)),
]


@pytest.mark.parametrize("text, event, source, target", POSITIVE)
def test_phrase_codes_its_event(
    text: str, event: str, source: tuple[str, ...], target: tuple[str, ...]
) -> None:
    assert (event, source, target) in _events(text)


LOOKALIKES = [
    ("Russia's second proposal was rejected by Ukraine.", "SUPPORT"),
    ("Thousands of fans came to Russia for the World Cup.", "CONSULT"),
    ("When it comes to Russia, the figures speak for themselves.", "CONSULT"),
    ("The city council approved the budget plan.", "SUPPORT"),
    ("He said he was proud of his children.", "SUPPORT"),
    ("The agency made contact with most residents through door knocks.", "CONSULT"),
    ("The church bells rang across Moscow at midnight.", "CONSULT"),
    ("The company set out a new business plan.", "AGREE"),
    ("Fans cheered the team's victory.", "SUPPORT"),
    ("The skier was awarded a gold medal.", "SUPPORT"),
    ("He had dinner with his family in Paris.", "CONSULT"),
    ("The two editors were on the same page.", "AGREE"),
    ("The rescue team went to the site to see the damage.", "CONSULT"),
    ("The minister was satisfied with the harvest.", "SUPPORT"),
    ("The company is eager to expand its market share.", "AGREE"),
    ("The tenants lodged a complaint with the landlord.", "REQUEST"),
    ("The hikers got in touch with the rescue service.", "CONSULT"),
    ("The weather began to thaw in March.", "SUPPORT"),
    ("He took the company to court over the contract.", "SUPPORT"),
    ("The bus stopped in the village for an hour.", "CONSULT"),
    ("The lawyer made the case for a retrial.", "REQUEST"),
    ("Germany regards the proposal as a key step.", "SUPPORT"),  # a partner regarded is praise since s28
    ("He sat at the table and waited.", "CONSULT"),
]


@pytest.mark.parametrize("text, event", LOOKALIKES)
def test_lookalike_codes_no_such_event(text: str, event: str) -> None:
    assert event not in {e[0] for e in _events(text)}
