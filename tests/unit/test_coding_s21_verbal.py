"""Verbal conflict on new wording (s21 verbal): ACCUSE, REJECT and THREATEN in sentences written in the style
of official statements on NATO-Russia relations 1997-2024, their expected events written before the coder was
run. Negated, hypothetical and reported look-alikes must not code an asserted event of the type; rejecting a
charge is a denial (filters.denied_charge), and declining to comment is no refusal, so neither is REJECT.
Cases that still fail are xfail with the reason."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence
from detente.coding.patterns import load_patterns, tokenize
from detente.coding.verbal import (
    answered_in_kind,
    feeling_at,
    harsh_answer,
    judged_to_be,
    offer_discounted,
    regretted_act,
)

PUB = dt.date(2018, 6, 1)
A = ("asserted",)
AF = ("asserted", "future")
AFH = ("asserted", "future", "hypothetical")
AFN = ("asserted", "future", "negated")

POSITIVES = [
    (
        "The Russian Foreign Ministry condemned the deployment of NATO battalions in the Baltic states.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "Moscow denounced the Alliance's decision to open its doors to Georgia and Ukraine as a grave mistake.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "NATO Secretary General Jens Stoltenberg deplored Russia's suspension of the CFE Treaty.",
        "ACCUSE",
        {"NATO"},
        {"RUS"},
        ("asserted",),
        None,
    ),
    (
        "The Kremlin voiced deep concern over the expansion of NATO infrastructure towards Russian borders.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "Lavrov criticised the United States for its withdrawal from the INF Treaty.",
        "ACCUSE",
        {"RUS"},
        {"USA"},
        ("asserted",),
        None,
    ),
    (
        "Poland's Foreign Ministry accused Moscow of staging provocations along the border.",
        "ACCUSE",
        {"POL"},
        {"RUS"},
        ("asserted",),
        None,
    ),
    (
        "The Russian side blamed Washington for the collapse of the arms control architecture.",
        "ACCUSE",
        {"RUS"},
        {"USA"},
        ("asserted",),
        None,
    ),
    (
        "Moscow holds NATO responsible for the escalation in the region.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "The Russian Foreign Ministry regrets that the North Atlantic Alliance has once again chosen confrontation over dialogue.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "Lithuania is alarmed by the concentration of Russian troops near its border.",
        "ACCUSE",
        {"LTU"},
        {"RUS"},
        ("asserted",),
        None,
    ),
    (
        "The Russian Defence Ministry called the NATO exercises in Estonia provocative.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "Germany called Russia's recognition of Abkhazia and South Ossetia unacceptable.",
        "ACCUSE",
        {"DEU"},
        {"RUS"},
        ("asserted",),
        None,
    ),
    (
        "The Allies described the deployment of new missiles by Russia as destabilising.",
        "ACCUSE",
        {"NATO"},
        {"RUS"},
        ("asserted",),
        None,
    ),
    (
        "The Russian Foreign Ministry said the bombing of Yugoslavia by NATO was a flagrant violation of international law.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "According to Moscow, Washington bears full responsibility for the breakdown of the treaty.",
        "ACCUSE",
        {"RUS"},
        {"USA"},
        ("asserted",),
        None,
    ),
    (
        "The North Atlantic Council strongly condemned Russia's illegal annexation of Crimea.",
        "ACCUSE",
        {"NATO"},
        {"RUS"},
        ("asserted",),
        None,
    ),
    (
        "Ankara expressed regret over NATO's failure to consult it on the operation.",
        "ACCUSE",
        {"TUR"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "The Russian ambassador slammed the Alliance's plans to reinforce its eastern flank.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "Beijing criticised NATO's expansion as a relic of the Cold War mentality.",
        "ACCUSE",
        {"CHN"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "Latvia's Foreign Ministry protested against repeated violations of its airspace by Russian military aircraft.",
        "ACCUSE",
        {"LVA"},
        {"RUS"},
        ("asserted",),
        None,
    ),
    (
        "Moscow lambasted the decision of the Alliance to suspend the work of the NATO-Russia Council.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    pytest.param(
        "The Russian Foreign Ministry expressed indignation at the expulsion of Russian diplomats from NATO headquarters.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),  # passes since s34: the expeller is the place left (sanction2), blame aimed at the doer (targets3)
    (
        "Estonia accused Russia of violating its airspace with a military aircraft.",
        "ACCUSE",
        {"EST"},
        {"RUS"},
        ("asserted",),
        None,
    ),
    (
        "NATO foreign ministers expressed serious concern about Russia's military build-up near Ukraine.",
        "ACCUSE",
        {"NATO"},
        {"RUS"},
        ("asserted",),
        None,
    ),
    (
        "Russia's envoy to NATO branded the Alliance's missile defence plans a threat to Russian security.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "The Russian Foreign Ministry described the Alliance's statement as unfounded and hostile.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "Sergei Lavrov said NATO's eastward expansion was a serious mistake.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "Moscow has repeatedly faulted NATO for ignoring Russia's security concerns.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "Finland's government voiced dismay at Russia's decision to withdraw from the Open Skies Treaty.",
        "ACCUSE",
        {"FIN"},
        {"RUS"},
        ("asserted",),
        None,
    ),
    (
        "The United States censured Russia for its violation of the INF Treaty.",
        "ACCUSE",
        {"USA"},
        {"RUS"},
        ("asserted",),
        None,
    ),
    (
        "The Kremlin castigated NATO for its role in the Libyan campaign.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "The Russian Foreign Ministry said Washington's actions were irresponsible and dangerous.",
        "ACCUSE",
        {"RUS"},
        {"USA"},
        ("asserted",),
        None,
    ),
    (
        "Norway expressed its disapproval of Russia's military activity in the Arctic.",
        "ACCUSE",
        {"NOR"},
        {"RUS"},
        ("asserted",),
        None,
    ),
    (
        "The Alliance is deeply troubled by Russia's nuclear rhetoric.",
        "ACCUSE",
        {"NATO"},
        {"RUS"},
        ("asserted",),
        None,
    ),
    (
        "Russia's Permanent Representative to the OSCE accused the Alliance of double standards.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "Minsk criticised Poland and Lithuania for hosting NATO troops.",
        "ACCUSE",
        {"BLR"},
        {"LTU", "POL"},
        ("asserted",),
        None,
    ),
    (
        "Moscow views the deployment of US missile defence elements in Romania as a direct threat to its security.",
        "ACCUSE",
        {"RUS"},
        {"USA"},
        ("asserted",),
        None,
    ),
    (
        "The Russian side strongly objected to NATO's plans to admit Montenegro.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "Hungary's foreign minister complained that NATO had ignored Budapest's concerns.",
        "ACCUSE",
        {"HUN"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "The NATO Secretary General said Russia bears sole responsibility for the demise of the INF Treaty.",
        "ACCUSE",
        {"NATO"},
        {"RUS"},
        ("asserted",),
        None,
    ),
    (
        "Moscow is disappointed with the Alliance's refusal to take Russian proposals into account.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "Washington has taken note with concern of Russia's decision to deploy additional forces in Belarus.",
        "ACCUSE",
        {"USA"},
        {"RUS"},
        ("asserted",),
        None,
    ),
    pytest.param(
        "The Russian Foreign Ministry termed the expulsion of its diplomats by Brussels an unfriendly step.",
        "ACCUSE",
        {"RUS"},
        None,
        ("asserted",),
        None,
        marks=pytest.mark.xfail(reason="'Brussels' is no actor in the dictionary", strict=True),
    ),
    (
        "Moscow accused NATO of spreading claims that Russia had threatened its neighbours.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "Moscow rejected NATO's proposal to hold a meeting of the NATO-Russia Council.",
        "REJECT",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "Russia refused to allow NATO inspectors into the region.",
        "REJECT",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "Ukraine will not recognise the results of the referendum organised by Russia.",
        "REJECT",
        {"UKR"},
        {"RUS"},
        ("asserted", "future", "negated"),
        None,
    ),
    pytest.param(
        "Russia vetoed the draft Security Council resolution proposed by the United States.",
        "REJECT",
        {"RUS"},
        {"USA"},
        ("asserted",),
        None,
        marks=pytest.mark.xfail(
            reason="the target is the body named in the object, not the agent who proposed it", strict=True
        ),
    ),
    (
        "The Russian Foreign Ministry sees no grounds for resuming talks with the Alliance on these terms.",
        "REJECT",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "Moscow ruled out any compromise with NATO on missile defence.",
        "REJECT",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "NATO turned down Russia's demand for legally binding security guarantees.",
        "REJECT",
        {"NATO"},
        {"RUS"},
        ("asserted",),
        None,
    ),
    (
        "The Alliance rebuffed Moscow's call to halt enlargement.",
        "REJECT",
        {"NATO"},
        {"RUS"},
        ("asserted",),
        None,
    ),
    (
        "Washington declined Russia's offer to jointly use the Gabala radar.",
        "REJECT",
        {"USA"},
        {"RUS"},
        ("asserted",),
        None,
    ),
    ("Lavrov dismissed NATO's assurances as worthless.", "REJECT", {"RUS"}, {"NATO"}, ("asserted",), None),
    (
        "Russia did not accept the Alliance's explanation for the incident.",
        "REJECT",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "Moscow has spurned NATO's offer of a new round of consultations.",
        "REJECT",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    pytest.param(
        "Turkey blocked NATO's defence plans for Poland and the Baltic states.",
        "REJECT",
        {"TUR"},
        {"NATO"},
        ("asserted",),
        None,
        marks=pytest.mark.xfail(
            reason="the target is the actor after the object, not the object's owner", strict=True
        ),
    ),
    (
        "Russia said it will not accept any NATO presence in Ukraine.",
        "REJECT",
        {"RUS"},
        {"NATO"},
        ("asserted", "future", "negated"),
        None,
    ),
    (
        "The Kremlin brushed aside Western criticism of the military exercises.",
        "REJECT",
        {"RUS"},
        {"WEST"},
        ("asserted",),
        None,
    ),
    (
        "The United States refused Russia's request for an unconditional extension of the New START treaty.",
        "REJECT",
        {"USA"},
        {"RUS"},
        ("asserted",),
        None,
    ),
    (
        "Russia declined an invitation to attend the NATO summit in Chicago.",
        "REJECT",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "Moscow refuses to withdraw its troops from Transnistria despite repeated calls by NATO.",
        "REJECT",
        {"RUS"},
        None,
        ("asserted",),
        None,
    ),
    (
        "Russia categorically refuses to accept the Alliance's interpretation of the Founding Act.",
        "REJECT",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "Greece has blocked the invitation of Skopje to join NATO.",
        "REJECT",
        {"GRC"},
        None,
        ("asserted",),
        None,
    ),
    (
        "Moscow said it saw no reason to extend the moratorium at NATO's request.",
        "REJECT",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "Moscow warned NATO of serious consequences if it deployed troops in Ukraine.",
        "THREATEN",
        {"RUS"},
        {"NATO"},
        ("asserted", "future"),
        None,
    ),
    (
        "Russia will respond to the deployment of US missiles in Europe.",
        "THREATEN",
        {"RUS"},
        {"USA"},
        ("asserted", "future"),
        None,
    ),
    (
        "The Kremlin reserves the right to take countermeasures against the Alliance's build-up.",
        "THREATEN",
        {"RUS"},
        {"NATO"},
        ("asserted", "future"),
        None,
    ),
    (
        "Moscow will be forced to take retaliatory measures if NATO expands further east.",
        "THREATEN",
        {"RUS"},
        {"NATO"},
        ("asserted", "future"),
        None,
    ),
    (
        "Russia threatened to target Poland with missiles if the US radar was built.",
        "THREATEN",
        {"RUS"},
        {"POL"},
        ("asserted", "future"),
        None,
    ),
    (
        "The Russian Foreign Ministry warned Finland against joining NATO.",
        "THREATEN",
        {"RUS"},
        {"FIN"},
        ("asserted", "future"),
        None,
    ),
    (
        "Lavrov said Russia would take adequate countermeasures in response to NATO's actions.",
        "THREATEN",
        {"RUS"},
        {"NATO"},
        ("asserted", "future"),
        None,
    ),
    (
        "NATO warned Russia that any attack on an Ally would trigger a response from the whole Alliance.",
        "THREATEN",
        {"NATO"},
        {"RUS"},
        ("asserted", "future"),
        None,
    ),
    (
        "Moscow issued an ultimatum to NATO demanding the withdrawal of forces from Eastern Europe.",
        "THREATEN",
        {"RUS"},
        {"NATO"},
        ("asserted", "future"),
        None,
    ),
    (
        "Russia's envoy threatened to cut off dialogue with the Alliance.",
        "THREATEN",
        {"RUS"},
        {"NATO"},
        ("asserted", "future"),
        None,
    ),
    (
        "The Kremlin cautioned Sweden that joining NATO would have military consequences.",
        "THREATEN",
        {"RUS"},
        {"SWE"},
        ("asserted", "future"),
        None,
    ),
    (
        "Medvedev said Russia would deploy Iskander missiles in Kaliningrad in response to US missile defence.",
        "THREATEN",
        {"RUS"},
        {"USA"},
        ("asserted", "future"),
        None,
    ),
    (
        "The Russian Defence Ministry vowed to retaliate against any NATO strike.",
        "THREATEN",
        {"RUS"},
        {"NATO"},
        ("asserted", "future"),
        None,
    ),
    (
        "Russia will not leave NATO's actions unanswered, the Foreign Ministry said.",
        "THREATEN",
        {"RUS"},
        {"NATO"},
        ("asserted", "future"),
        None,
    ),
    (
        "Moscow threatened Georgia with retaliation over the detention of Russian officers.",
        "THREATEN",
        {"RUS"},
        {"GEO"},
        ("asserted", "future"),
        None,
    ),
    (
        "Russian officials warned that Moscow would aim its missiles at Ukraine if it joined NATO.",
        "THREATEN",
        {"RUS"},
        {"UKR"},
        ("asserted", "future"),
        None,
    ),
    (
        "The Alliance warned Moscow against any further aggression against Ukraine.",
        "THREATEN",
        {"NATO"},
        {"RUS"},
        ("asserted", "future"),
        None,
    ),
    (
        "Russia reserves the right to respond to NATO's military build-up by all available means.",
        "THREATEN",
        {"RUS"},
        {"NATO"},
        ("asserted", "future"),
        None,
    ),
    (
        "The United States threatened Russia with sanctions over its actions in Ukraine.",
        "THREATEN",
        {"USA"},
        {"RUS"},
        ("asserted", "future"),
        None,
    ),
    pytest.param(
        "Moscow made clear that it would retaliate against Estonia's decision.",
        "THREATEN",
        {"RUS"},
        {"EST"},
        ("asserted", "future"),
        None,
        marks=pytest.mark.xfail(
            reason="retaliation against a decision is read as criticism of it", strict=True
        ),
    ),
    (
        "Belarus warned Lithuania of a tough response to the NATO exercises.",
        "THREATEN",
        {"BLR"},
        {"LTU"},
        ("asserted", "future"),
        None,
    ),
    (
        "Russia will be compelled to take military-technical measures in response to NATO's expansion.",
        "THREATEN",
        {"RUS"},
        {"NATO"},
        ("asserted", "future"),
        None,
    ),
    (
        "Moscow promised a mirror response to the expulsion of its diplomats by Warsaw.",
        "THREATEN",
        {"RUS"},
        {"POL"},
        ("asserted", "future"),
        None,
    ),
    (
        "The Kremlin said Russia would have to retarget its missiles at Europe.",
        "THREATEN",
        {"RUS"},
        None,
        ("asserted", "future"),
        None,
    ),
    (
        "We consider such actions by the Alliance to be openly provocative.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        "RUS",
    ),
    (
        "It is regrettable that NATO continues to ignore our legitimate concerns.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        "RUS",
    ),
    (
        "We regard the decision by Washington as a step towards further escalation.",
        "ACCUSE",
        {"RUS"},
        {"USA"},
        ("asserted",),
        "RUS",
    ),
    (
        "The Allies reiterate their condemnation of Russia's aggression against Ukraine.",
        "ACCUSE",
        {"NATO"},
        {"RUS"},
        ("asserted",),
        None,
    ),
    (
        "We cannot but express our concern over the increased activity of NATO near our borders.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        A,
        "RUS",
    ),
    (
        "Responsibility for this lies entirely with the American side.",
        "ACCUSE",
        {"RUS"},
        {"USA"},
        ("asserted",),
        "RUS",
    ),
    (
        "The blame for the deterioration of relations lies squarely with Moscow, the Secretary General said.",
        "ACCUSE",
        {"NATO"},
        {"RUS"},
        ("asserted",),
        None,
    ),
    (
        "The Kremlin has spoken out against the deployment of NATO forces in Poland.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "The Russian Foreign Ministry lodged a strong protest with the Norwegian ambassador over the incident.",
        "ACCUSE",
        {"RUS"},
        {"NOR"},
        ("asserted",),
        None,
    ),
    (
        "Moscow lodged a formal protest with Ankara over the downing of the Russian bomber.",
        "ACCUSE",
        {"RUS"},
        {"TUR"},
        ("asserted",),
        None,
    ),
    pytest.param(
        "The Foreign Ministry has labelled the sanctions imposed by Brussels illegitimate.",
        "ACCUSE",
        {"RUS"},
        {"EU"},
        ("asserted",),
        "RUS",
        marks=pytest.mark.xfail(reason="'Brussels' is no actor in the dictionary", strict=True),
    ),
    (
        "Moscow finds the position of the Alliance unconstructive.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "We are outraged by the cynical statements of the Ukrainian leadership.",
        "ACCUSE",
        {"RUS"},
        {"UKR"},
        ("asserted",),
        "RUS",
    ),
    (
        "The Russian side is perplexed by the decision of the Alliance to close the information office.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "NATO's eastward expansion poses a threat to Russia's security, the Kremlin said.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "The Allies strongly object to Russia's deployment of the new missile system.",
        "ACCUSE",
        {"NATO"},
        {"RUS"},
        ("asserted",),
        None,
    ),
    ("Lavrov accused the West of hypocrisy over Kosovo.", "ACCUSE", {"RUS"}, {"WEST"}, ("asserted",), None),
    (
        "Such behaviour by Moscow is unacceptable, the Secretary General said.",
        "ACCUSE",
        {"NATO"},
        {"RUS"},
        ("asserted",),
        None,
    ),
    (
        "Russia's aggressive actions undermine the security of the Euro-Atlantic area.",
        "ACCUSE",
        {"NATO"},
        {"RUS"},
        ("asserted",),
        "NATO",
    ),
    (
        "The Russian Foreign Ministry took issue with the Alliance's latest report on Russian military activity.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "The Alliance's actions are fraught with the most serious consequences for European security.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        "RUS",
    ),
    (
        "We strongly disapprove of the decision of the Estonian authorities to dismantle the monument.",
        "ACCUSE",
        {"RUS"},
        {"EST"},
        ("asserted",),
        "RUS",
    ),
    (
        "Russia has refused outright to discuss tactical nuclear weapons with NATO.",
        "REJECT",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "Moscow will never accept the deployment of US missile defence in Europe.",
        "REJECT",
        {"RUS"},
        {"USA"},
        ("asserted", "future", "negated"),
        None,
    ),
    (
        "We see no point in continuing the dialogue with the Alliance in this format.",
        "REJECT",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        "RUS",
    ),
    (
        "NATO has said no to Russia's proposal for a new European security treaty.",
        "REJECT",
        {"NATO"},
        {"RUS"},
        ("asserted",),
        None,
    ),
    (
        "The Alliance's claims were flatly rejected by the Russian Defence Ministry.",
        "REJECT",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    ("Moscow's proposal was turned down by the Allies.", "REJECT", {"NATO"}, {"RUS"}, ("asserted",), None),
    (
        "Moscow has turned a deaf ear to NATO's calls for restraint.",
        "REJECT",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "NATO has declined to give Moscow any guarantees on enlargement.",
        "REJECT",
        {"NATO"},
        {"RUS"},
        ("asserted",),
        None,
    ),
    pytest.param(
        "Russia objected to the proposal but refused to put forward its own, US officials said.",
        "REJECT",
        {"RUS"},
        None,
        ("asserted",),
        None,
        marks=pytest.mark.xfail(
            reason="the refusal's subject, after 'but', is taken from the sayer", strict=True
        ),
    ),
    (
        "Moscow's rejection of NATO's offer has disappointed the Allies.",
        "REJECT",
        {"RUS"},
        {"NATO"},
        ("asserted",),
        None,
    ),
    (
        "Russia does not intend to recognise the legitimacy of the elections held by Kiev.",
        "REJECT",
        {"RUS"},
        {"UKR"},
        ("asserted", "future", "negated"),
        None,
    ),
    (
        "Any deployment of NATO forces in Ukraine would be met with a firm response, the Kremlin warned.",
        "THREATEN",
        {"RUS"},
        {"NATO"},
        ("asserted", "future", "hypothetical"),
        None,
    ),
    (
        "We will take all necessary measures to protect our security if the Alliance continues its expansion.",
        "THREATEN",
        {"RUS"},
        {"NATO"},
        ("asserted", "future", "hypothetical"),
        "RUS",
    ),
    (
        "Moscow hinted that it could deploy nuclear weapons in Belarus in response to NATO's plans.",
        "THREATEN",
        {"RUS"},
        {"NATO"},
        ("asserted", "future", "hypothetical"),
        None,
    ),
    (
        "Russia will have to take appropriate military-technical measures, the Foreign Ministry warned.",
        "THREATEN",
        {"RUS"},
        None,
        ("asserted", "future"),
        None,
    ),
    (
        "The Kremlin warned that it would not stand idly by if NATO moves closer to its borders.",
        "THREATEN",
        {"RUS"},
        {"NATO"},
        ("asserted", "future", "hypothetical"),
        None,
    ),
    (
        "NATO warned Moscow that any use of chemical weapons would have severe consequences.",
        "THREATEN",
        {"NATO"},
        {"RUS"},
        ("asserted", "future"),
        None,
    ),
    (
        "Russia said it would retaliate in kind to the expulsion of its diplomats from Germany.",
        "THREATEN",
        {"RUS"},
        {"DEU"},
        ("asserted", "future", "hypothetical"),
        None,
    ),
    (
        "Moscow threatens to suspend its participation in the treaty unless NATO members ratify it.",
        "THREATEN",
        {"RUS"},
        {"NATO"},
        ("asserted", "future"),
        None,
    ),
    (
        "Washington warned Moscow of a decisive response should Russia invade Ukraine.",
        "THREATEN",
        {"USA"},
        {"RUS"},
        ("asserted", "future"),
        None,
    ),
    (
        "There will be consequences for Russia, the Secretary General warned.",
        "THREATEN",
        {"NATO"},
        {"RUS"},
        ("asserted", "future"),
        None,
    ),
    (
        "The Kremlin did not rule out a military response to Finland's accession to NATO.",
        "THREATEN",
        {"RUS"},
        {"FIN"},
        ("asserted", "future", "hypothetical"),
        None,
    ),
    (
        "Moscow said the Alliance's steps would not go unanswered.",
        "THREATEN",
        {"RUS"},
        {"NATO"},
        ("asserted", "future", "hypothetical"),
        None,
    ),
    (
        "Our response to the deployment of American missiles in Poland will be tough.",
        "THREATEN",
        {"RUS"},
        {"USA"},
        ("asserted", "future"),
        "RUS",
    ),
    (
        "We deeply regret the decision by Washington to pull out of the Open Skies Treaty.",
        "ACCUSE",
        {"RUS"},
        {"USA"},
        A,
        "RUS",
    ),
    (
        "The Allies very much regret Russia's decision to suspend its participation in New START.",
        "ACCUSE",
        {"NATO"},
        {"RUS"},
        A,
        None,
    ),
    (
        "Moscow could not accept the outcome of the so-called referendum as legitimate.",
        "REJECT",
        {"RUS"},
        None,
        ("asserted", "hypothetical"),
        None,
    ),
    pytest.param(
        "The US reply contains no positive answer to our main concern, which is the non-expansion of NATO.",
        "REJECT",
        {"USA"},
        {"RUS"},
        A,
        "RUS",
        marks=pytest.mark.xfail(
            reason="an answer that holds nothing asked for is not read as a refusal", strict=True
        ),
    ),
    pytest.param(
        "Our answer will not be long in coming, the Russian Foreign Ministry said about the expulsion of its diplomats by Warsaw.",
        "THREATEN",
        {"RUS"},
        {"POL"},
        AF,
        None,
        marks=pytest.mark.xfail(
            reason="the one answered, named after the sayer, is not read as the target", strict=True
        ),
    ),
    (
        "The Alliance has ignored our repeated proposals to reduce military activity along the line of contact.",
        "REJECT",
        {"NATO"},
        {"RUS"},
        A,
        "RUS",
    ),
    (
        "Washington has left Moscow's proposals on security guarantees unanswered.",
        "REJECT",
        {"USA"},
        {"RUS"},
        A,
        None,
    ),
    (
        "Kiev condemned the Alliance for its unwillingness to provide a clear timeline for membership.",
        "REJECT",
        {"NATO"},
        {"UKR"},
        A,
        None,
    ),
    (
        "Russia reserves the right to suspend its participation in the treaty if NATO members do not ratify it.",
        "THREATEN",
        {"RUS"},
        None,
        AFH,
        None,
    ),
    (
        "Moscow will have no choice but to respond with military-technical measures if Finland joins NATO.",
        "THREATEN",
        {"RUS"},
        {"FIN"},
        AFH,
        None,
    ),
    (
        "Russia considers the presence of foreign troops in Georgia to be unacceptable.",
        "ACCUSE",
        {"RUS"},
        None,
        A,
        None,
    ),
    (
        "The Russian Foreign Ministry finds NATO's statements on the Kerch Strait incident biased.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        A,
        None,
    ),
    (
        "Lavrov is appalled by the Alliance's silence over the shelling of Donetsk.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        A,
        None,
    ),
    (
        "Russia would be forced to deploy additional forces in the west of the country in response to NATO's build-up.",
        "THREATEN",
        {"RUS"},
        {"NATO"},
        AFH,
        None,
    ),
    ("Moscow reserves the right to withdraw from the treaty.", "THREATEN", {"RUS"}, None, AF, None),
    (
        "NATO reserves the right to use nuclear weapons against Russia.",
        "THREATEN",
        {"NATO"},
        {"RUS"},
        AF,
        None,
    ),
    (
        "Kiev criticised the Alliance for refusing to close the skies over Ukraine.",
        "REJECT",
        {"NATO"},
        {"UKR"},
        A,
        None,
    ),
    (
        "Tbilisi criticised NATO for its refusal to grant Georgia a membership action plan.",
        "REJECT",
        {"NATO"},
        {"GEO"},
        A,
        None,
    ),
    ("We do not share the assessment of the Alliance.", "REJECT", {"RUS"}, {"NATO"}, A, "RUS"),
    (
        "Moscow's explanations are not credible, the Secretary General said.",
        "REJECT",
        {"NATO"},
        {"RUS"},
        A,
        None,
    ),
    ("NATO's offer is not serious.", "REJECT", {"RUS"}, {"NATO"}, A, "RUS"),
    (
        "We very much regret the decision of Washington to leave the treaty.",
        "ACCUSE",
        {"RUS"},
        {"USA"},
        A,
        "RUS",
    ),
    pytest.param(
        "We do not share the Alliance's view that Russia poses a threat.",
        "REJECT",
        {"RUS"},
        {"NATO"},
        A,
        "RUS",
        marks=pytest.mark.xfail(
            reason="a possessive owner of the view is not read by the phrase syntax", strict=True
        ),
    ),
    (
        "NATO is deliberately escalating tensions on our western borders.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        A,
        "RUS",
    ),
    ("Washington has escalated tensions in the region.", "ACCUSE", {"RUS"}, {"USA"}, A, "RUS"),
    (
        "The British side has not provided any evidence to back up its claims.",
        "ACCUSE",
        {"RUS"},
        {"GBR"},
        A,
        "RUS",
    ),
    ("London failed to provide any evidence.", "ACCUSE", {"RUS"}, {"GBR"}, A, "RUS"),
    (
        "Moscow has failed to provide credible answers about the attack in Salisbury.",
        "ACCUSE",
        {"GBR"},
        {"RUS"},
        A,
        "GBR",
    ),
    pytest.param(
        "The decision of the Alliance undermines the foundations of European security.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        A,
        "RUS",
        marks=pytest.mark.xfail(
            reason="an act 'of X' as the subject of a harm verb is not read", strict=True
        ),
    ),
    (
        "We cannot but note with regret that NATO has ignored our proposals.",
        "ACCUSE",
        {"RUS"},
        {"NATO"},
        A,
        "RUS",
    ),
    ("We cannot accept NATO's proposals.", "REJECT", {"RUS"}, {"NATO"}, A, "RUS"),
    (
        "Moscow cannot recognise the results of the elections held by Kiev.",
        "REJECT",
        {"RUS"},
        {"UKR"},
        A,
        None,
    ),
]

LOOKALIKES = [
    ("We can accept NATO's proposals.", "REJECT", "RUS"),
    ("We cannot meet the Secretary General this week.", "CONSULT", "RUS"),
    ("Russia and NATO should avoid escalating tensions.", "ACCUSE", "RUS"),
    ("Both sides agreed not to escalate tensions.", "ACCUSE", None),
    ("We have not provided the evidence to the court yet.", "ACCUSE", "RUS"),
    ("However, we are seeing that Mr Trump's colleagues do not share his opinion.", "REJECT", None),
    ("We share the assessment of the Alliance.", "REJECT", "RUS"),
    ("Our proposals are not credible.", "REJECT", "RUS"),
    ("NATO's offer is credible.", "REJECT", "RUS"),
    ("We very much regret the death of the Russian ambassador in Ankara.", "ACCUSE", "RUS"),
    ("NATO criticised Russia for its failure to comply with the treaty.", "REJECT", None),
    ("Moscow thanked Ankara for refusing to join the sanctions.", "REJECT", None),
    ("Moscow reserves the right to attend the meeting as an observer.", "THREATEN", None),
    ("NATO did not condemn the exercises.", "ACCUSE", None),
    ("Russia would condemn any deployment of NATO troops in Finland.", "ACCUSE", None),
    ("The minister said the talks with NATO were useful and constructive.", "ACCUSE", None),
    ("Moscow welcomed the Alliance's decision to postpone the exercises.", "ACCUSE", None),
    ("The statement did not blame any country for the attack.", "ACCUSE", None),
    ("The Russian Foreign Ministry is responsible for relations with NATO.", "ACCUSE", None),
    ("The delegations called the meeting useful.", "ACCUSE", None),
    ("Lavrov called Stoltenberg on Tuesday to discuss the situation in Afghanistan.", "ACCUSE", None),
    ("Russia did not reject NATO's proposal outright.", "REJECT", None),
    ("If NATO rejects our proposals, we will have to draw conclusions.", "REJECT", None),
    ("Moscow accepted NATO's invitation to the meeting.", "REJECT", None),
    ("The Alliance is unlikely to refuse Moscow's request, diplomats said.", "REJECT", None),
    ("The ministers could not rule out a meeting in Brussels next month.", "REJECT", None),
    ("Russia does not threaten anyone, Putin said.", "THREATEN", None),
    ("NATO said it poses no threat to Russia.", "THREATEN", None),
    ("The minister warned that bad weather could delay the exercises.", "THREATEN", None),
    ("The response of the Alliance to the crisis was discussed at the meeting.", "THREATEN", None),
    ("Experts warned that relations between NATO and Russia could deteriorate further.", "THREATEN", None),
    ("Moscow responded to the NATO letter on Tuesday.", "THREATEN", None),
    ("Lavrov denied that Russia had threatened the Baltic states.", "THREATEN", None),
    ("Russia has no intention of responding to provocations.", "THREATEN", None),
    ("NATO responded to the earthquake in Turkey by sending aid.", "THREATEN", None),
    ("Putin said Russia had never threatened NATO.", "THREATEN", None),
    ("NATO has no plans to respond militarily.", "THREATEN", None),
    ("The minister regretted that he could not attend the summit.", "ACCUSE", None),
    ("The countermeasures were discussed by experts from both sides.", "THREATEN", None),
    ("Moscow warned its citizens against travel to Ukraine.", "THREATEN", None),
    ("Russia is ready to respond positively to NATO's proposals.", "THREATEN", None),
    ("The Alliance responded to Russia's letter with a proposal for talks.", "THREATEN", None),
    ("We do not blame our partners for the delay.", "ACCUSE", "RUS"),
    ("We would not rule out a meeting with the Secretary General.", "REJECT", "RUS"),
    ("NATO did not refuse Russia's proposal, the spokesman said.", "REJECT", None),
    ("Nobody holds Russia responsible for the accident.", "ACCUSE", None),
    ("The Kremlin dismissed the Alliance's accusations as groundless.", "REJECT", None),
    ("The Kremlin refused to comment on the Alliance's statement.", "REJECT", None),
    (
        "The NATO Secretary General rejected Moscow's claims that the Alliance had promised not to expand.",
        "REJECT",
        None,
    ),
    (
        "The Russian Foreign Ministry firmly rejects the groundless allegations made by London.",
        "REJECT",
        None,
    ),
    ("We categorically reject the insinuations of the British side.", "REJECT", None),
    ("Moscow regrets the death of the Turkish ambassador.", "ACCUSE", None),
    ("The Kremlin deeply regrets the loss of life in the crash.", "ACCUSE", None),
    ("The President regretted the passing of the former Chancellor.", "ACCUSE", None),
]


@pytest.mark.parametrize("text, etype, source, target, polarities, speaker", POSITIVES)
def test_new_wording_codes_the_expected_event(
    text: str,
    etype: str,
    source: set[str],
    target: set[str] | None,
    polarities: tuple[str, ...],
    speaker: str | None,
) -> None:
    events = code_sentence(text, date=PUB, speaker=speaker)
    got = [(e.event.value, set(e.source), set(e.target), e.polarity.value) for e in events]
    assert any(
        t == etype and s == source and (target is None or g == target) and p in polarities
        for t, s, g, p in got
    ), got


@pytest.mark.parametrize("text, etype, speaker", LOOKALIKES)
def test_look_alikes_code_no_asserted_event_of_the_type(text: str, etype: str, speaker: str | None) -> None:
    events = code_sentence(text, date=PUB, speaker=speaker)
    assert not [e for e in events if e.event.value == etype and e.polarity.value in ("asserted", "future")], (
        events
    )


class _View:
    """A sentence as the statement readers see it, for calling a reader directly."""

    def __init__(self, text: str, speaker: str | None = None) -> None:
        from detente.coding.actors import load_dictionary
        from detente.coding.units import actor_units

        self.text = text
        self.tokens = tokenize(text)
        mentions = load_dictionary().match(text, date=PUB, speaker=speaker)
        self.units = actor_units(text, self.tokens, mentions, speaker=speaker)
        self.patterns = load_patterns()
        self.speaker = speaker


@pytest.mark.parametrize(
    "text",
    [
        "Moscow finds the position of the Alliance unconstructive.",
        "We consider such actions by the Alliance to be openly provocative.",
        "Moscow termed the expulsion of its diplomats by Poland an unfriendly step.",
    ],
)
def test_judged_to_be_reads_a_judgement_after_the_object(text: str) -> None:
    found = judged_to_be(_View(text, speaker="RUS"))
    assert found is not None and found.event.value == "ACCUSE"
    assert found.roles.source == ("RUS",) and found.roles.target[0] in ("NATO", "POL")


@pytest.mark.parametrize(
    "text",
    [
        "Moscow found that the position of the Alliance was unconstructive.",  # a "that" clause, not the object
        "Moscow considers its own policy unacceptable.",  # no other actor judged
        "Moscow finds the weather unacceptable.",
        "Russia considered an unfriendly",  # fragment
        "The Alliance considered the Russian proposals constructive.",  # no word of blame
    ],
)
def test_judged_to_be_stays_silent_on_look_alikes(text: str) -> None:
    assert judged_to_be(_View(text)) is None


def test_feeling_at_reads_outrage_at_an_actor() -> None:
    found = feeling_at(_View("We are outraged by Kiev's statements.", speaker="RUS"))
    assert found is not None and found.roles.source == ("RUS",) and found.roles.target == ("UKR",)
    assert feeling_at(_View("Outraged protesters marched to the Turkish embassy.")) is None
    assert feeling_at(_View("We are outraged by")) is None


def test_harsh_answer_and_answer_in_kind() -> None:
    found = harsh_answer(_View("Our response to the deployment of American missiles will be tough.", "RUS"))
    assert found is not None and found.roles.source == ("RUS",) and found.roles.target == ("USA",)
    assert harsh_answer(_View("Our response to the American proposals will be positive.", "RUS")) is None
    assert harsh_answer(_View("Our response to the", "RUS")) is None
    view = _View("Russia would deploy missiles in Kaliningrad in response to US missile defence.")
    from detente.coding.ontology import EventType, Polarity

    steps = [(EventType.MOBILIZE, Polarity.HYPOTHETICAL, ("RUS",))]
    found = answered_in_kind(view, steps)
    assert found is not None and found.roles.target == ("USA",)
    assert answered_in_kind(view, [(EventType.MOBILIZE, Polarity.ASSERTED, ("RUS",))]) is None
    assert answered_in_kind(_View("in response to"), steps) is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "!!! ??? ...",
        "1234 5678",
        "consider",
        "outraged by",
        "in response to",
        "response to will be",
        "consider unacceptable " * 7000,
        "Our response to NATO will be " * 3000,
        "We are outraged by NATO " * 4000,
    ],
)
def test_bad_input_gives_a_list(text: str) -> None:
    assert isinstance(code_sentence(text, date=PUB), list)
    view = _View(text[:2000])
    judged_to_be(view)
    feeling_at(view)
    harsh_answer(view)
    regretted_act(view)
    offer_discounted(view)


def test_refusal_blamed_needs_an_accusation() -> None:
    from detente.coding.verbal import refusal_blamed

    view = _View("Kiev criticised the Alliance for refusing to close the skies.")
    found = refusal_blamed(view, [(("UKR",), ("NATO",))])
    assert found is not None and found.roles.source == ("NATO",) and found.roles.target == ("UKR",)
    assert refusal_blamed(view, []) is None
    assert refusal_blamed(_View("for refusing"), [(("UKR",), ("NATO",))]) is None
