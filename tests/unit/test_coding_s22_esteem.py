"""Esteem for another actor in official wording (s22-esteem, logic in detente.coding.esteem): an actor called
or regarded as something of worth ("a cornerstone of", "a positive step"), an actor or its body that has
become a forum or instrument of worth or opened a new page, hopes pinned on an actor's effectiveness, and an
actor's courage or professionalism shown. Each is SUPPORT by the one who says it, for the actor esteemed.

Each kind has its sentences read as esteem (``ESTEEMED``) and those that only look like it (``LOOKALIKES``,
each kind with the esteem it must not give); two tests run them all."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from tests.coded import Triple, triples

from detente.coding import esteem
from detente.coding.patterns import tokenize

DAY = dt.date(2016, 6, 8)
PUTIN = "Vladimir Putin, President of Russia"
NATO_SG = "Statement by NATO Secretary General Jens Stoltenberg"
MFA = "Comment by the Russian Foreign Ministry; 'we' is Russia."

Esteemed = tuple[str, str | None, tuple[str | tuple[str, ...], str]]
"""A sentence, its context, and (who esteems — one code, or several — whom)."""
Lookalike = tuple[str, str | None]
"""A sentence and its context."""


def supports(text: str, context: str | None) -> set[Triple]:
    return {t for t in triples(text, DAY, context=context) if t[0] == "SUPPORT"}


def russia_esteems_another(found: set[Triple]) -> bool:
    """Russia gives SUPPORT to an actor other than itself."""
    return any(t[1] == ("RUS",) and t[2] and t[2] != ("RUS",) for t in found)


def russia_or_no_one_esteems_another(found: set[Triple]) -> bool:
    """Russia, or no one named, gives SUPPORT to an actor other than Russia and the giver."""
    return any(t[2] and t[2] != ("RUS",) and t[1] != t[2] for t in found if t[1] in {("RUS",), ()})


def anyone_esteems_another(found: set[Triple]) -> bool:
    """Some actor gives SUPPORT to another."""
    return any(t[2] and t[2] != t[1] for t in found)


def russia_esteems_another_or_finland_anyone(found: set[Triple]) -> bool:
    """Russia gives SUPPORT to another actor, or Finland gives SUPPORT at all."""
    return russia_esteems_another(found) or any(t[1] == ("FIN",) for t in found)


# ----------------------------------------------------------------------------- called or regarded as worth

CALLED_OF_WORTH: list[Esteemed] = [
    ("Sergei Lavrov called the OSCE a key to lasting stability on the continent.", None, ("RUS", "OSCE")),
    (
        "The Kremlin described the Council of Europe as a pillar of the European legal order.",
        None,
        ("RUS", "COE"),
    ),
    ("Mr Putin described the OSCE as the cornerstone of pan-European security.", None, ("RUS", "OSCE")),
    (
        "We view Finland's decision to extend the moratorium as a welcome and timely step.",
        MFA,
        ("RUS", "FIN"),
    ),
    (
        "We regard the US administration's decision to cancel the deployment as a positive step.",
        MFA,
        ("RUS", "USA"),
    ),
    ("Moscow considers the Chinese proposal a constructive step forward.", None, ("RUS", "CHN")),
    ("I regard Kazakhstan as a guarantor of stability in Central Asia.", PUTIN, ("RUS", "KAZ")),
    ("The Secretary General called Finland's accession a historic achievement.", None, ("NATO", "FIN")),
    (
        "Allies regard the Georgian reforms as an important and encouraging signal.",
        NATO_SG,
        ("NATO", "GEO"),
    ),
    (
        "We regard the Norwegian government's decision to hand back the archive documents taken from the "
        "museum in Murmansk many decades ago as a welcome gesture.",
        MFA,
        ("RUS", "NOR"),
    ),
]
NOT_CALLED_OF_WORTH: list[Lookalike] = [
    # negated, or a head that praises nothing
    ("We do not regard the American decision as a positive step.", MFA),
    ("Moscow regards the Polish decision as far from a constructive step.", None),
    ("We regard the US decision as a step backward.", MFA),
    ("We regard the American decision as a provocative and dangerous step.", MFA),
    ("Moscow called NATO a key threat to European security.", None),
    ("Mr Lavrov described NATO as a relic of the Cold War.", None),
    # one's own actor, no one named, or a question
    ("We regard our own decision as a positive step.", MFA),
    ("Mr Putin described the Russian proposal as a constructive step.", None),
    ("I regard this as a positive step.", PUTIN),
    ("Does Moscow regard the Chinese proposal as a constructive step?", None),
    # only hoped for, or on a condition
    ("Moscow would regard a Ukrainian ceasefire as a positive step if it were observed.", None),
]


# ---------------------------------------------------------------------- a forum of worth, a new page opened

BODIES_OF_WORTH: list[Esteemed] = [
    (
        "The Collective Security Treaty Organisation has become an effective instrument for security.",
        PUTIN,
        ("RUS", "CSTO"),
    ),
    ("The United Nations has become a unique platform for open dialogue.", PUTIN, ("RUS", "UN")),
    (
        "The OSCE remains an indispensable forum for dialogue on security, Mr Lavrov said.",
        None,
        ("RUS", "OSCE"),
    ),
    (
        "The Shanghai Cooperation Organisation has become an authoritative and influential body.",
        PUTIN,
        ("RUS", "SCO"),
    ),
    (
        "The creation of the African Union has opened a new page for the whole continent.",
        PUTIN,
        ("RUS", "AU"),
    ),
    ("The founding of ASEAN marked a new chapter in the life of the region.", PUTIN, ("RUS", "ASEAN")),
    (
        "Mr Putin said the creation of the Council of Europe had opened a new era on the continent.",
        None,
        ("RUS", "COE"),
    ),
]
NOT_BODIES_OF_WORTH: list[Lookalike] = [
    ("NATO has become an instrument of confrontation.", PUTIN),
    ("NATO has become an effective instrument of pressure on its neighbours.", PUTIN),
    ("The OSCE is no longer an effective forum for dialogue.", PUTIN),
    ("The OSCE has ceased to be an effective forum for dialogue.", PUTIN),
    ("The OSCE should become an effective forum for dialogue.", PUTIN),
    ("If the OSCE becomes an effective forum for dialogue, we will take part.", PUTIN),
    ("It has become a unique forum for open dialogue.", PUTIN),
    ("The Russian Security Council has become an effective instrument for coordination.", PUTIN),
    ("The expansion of NATO opened a new page of confrontation in Europe.", PUTIN),
    ("The collapse of the Soviet Union did not open a new page in the life of Europe.", PUTIN),
    ("The OSCE is a forum for dialogue on security.", PUTIN),
    (
        "Mr Putin said the coming meeting of envoys of France, Italy and Russia was a good example of trust.",
        None,
    ),
    ("The talks with the Italian delegation were a good example of practical cooperation.", PUTIN),
]


# ----------------------------------------------------------------------- hopes pinned on an actor's effectiveness

HOPES_PINNED: list[Esteemed] = [
    (
        "Vladimir Putin and Recep Tayyip Erdogan count on the effectiveness of the Iranian mediators.",
        None,
        (("RUS", "TUR"), "IRN"),
    ),
    ("We are counting on the success of the Egyptian mediation.", MFA, ("RUS", "EGY")),
    ("Moscow counts on the wisdom and experience of the Kazakh leadership.", None, ("RUS", "KAZ")),
    ("We count on the professionalism of the OSCE monitors.", MFA, ("RUS", "OSCE")),
]
NOT_HOPES_PINNED: list[Lookalike] = [
    ("We are counting on the support of the German government.", MFA),  # a request, not esteem
    ("We are not counting on the effectiveness of the Ukrainian authorities.", MFA),
    ("We are no longer counting on the success of the American mediation.", MFA),
    ("We are counting on the effectiveness of our own diplomats.", MFA),
    ("We are counting on the effectiveness of the measures taken.", MFA),
    ("Nobody can count on the effectiveness of the Kyiv regime.", MFA),
]


# -------------------------------------------------------------------------- an actor's courage shown

COURAGE_SHOWN: list[Esteemed] = [
    ("This demonstrates the remarkable courage of the Ukrainian armed forces.", NATO_SG, ("NATO", "UKR")),
    (
        "Russian troops have pulled back, which shows the resilience of the Ukrainian people.",
        NATO_SG,
        ("NATO", "UKR"),
    ),
    (
        "The rescue testifies to the high professionalism of the Turkish emergency services.",
        PUTIN,
        ("RUS", "TUR"),
    ),
    ("I admire the courage and dignity of the Georgian people.", NATO_SG, ("NATO", "GEO")),
    (
        "The result reflects the bravery of Ukraine's soldiers, the Secretary General said.",
        None,
        ("NATO", "UKR"),
    ),
]
NOT_COURAGE_SHOWN: list[Lookalike] = [
    ("This demonstrates the weakness of the Ukrainian armed forces.", NATO_SG),
    ("This shows the lack of professionalism of the Ukrainian border guards.", PUTIN),
    ("This demonstrates the courage of our soldiers.", PUTIN),
    ("This demonstrates the courage of the Russian soldiers.", PUTIN),
    ("It is not clear that this shows the professionalism of the Ukrainian army.", PUTIN),
    ("Does this demonstrate the courage of the Ukrainian army?", PUTIN),
]


# ------------------------------------------------------------------------- good work done, worth proved

GOOD_WORK: list[Esteemed] = [
    ("The Turkish side has done a great job in organising the summit.", PUTIN, ("RUS", "TUR")),
    ("Mr Lavrov said the Finnish chairmanship had done a tremendous job.", None, ("RUS", "FIN")),
    ("The OSCE monitors have done a remarkable job, Mr Lavrov said.", None, ("RUS", "OSCE")),
    ("The Collective Security Treaty Organisation has shown its effectiveness.", PUTIN, ("RUS", "CSTO")),
    ("The Council of Europe has proved its worth as a forum for dialogue.", PUTIN, ("RUS", "COE")),
]
NOT_GOOD_WORK: list[Lookalike] = [
    ("The Ukrainian side has not done a good job.", PUTIN),
    ("The Polish side could have done a better job.", PUTIN),
    ("The OSCE has yet to prove its worth.", PUTIN),
    ("The OSCE has failed to prove its value.", PUTIN),
    ("Our experts have done a great job.", PUTIN),
    ("The Russian side has done a great job.", PUTIN),
    ("Has the Turkish side done a good job?", PUTIN),
    ("If the Turkish side does a good job, the talks will go ahead.", PUTIN),
]


# --------------------------------------------------------------------- good prospects of a relation

BRIGHT_PROSPECTS: list[Esteemed] = [
    ("Mr Putin noted the great potential of Russian-Indian cooperation.", None, ("RUS", "IND")),
    (
        "Mr Putin mentioned the fine prospects for a Russian-US partnership in science.",
        None,
        ("RUS", "USA"),
    ),
    ("There are good prospects for cooperation with Italy in energy.", PUTIN, ("RUS", "ITA")),
    ("Mr Lavrov pointed to the vast opportunities for trade with Vietnam.", None, ("RUS", "VNM")),
]
NOT_BRIGHT_PROSPECTS: list[Lookalike] = [
    ("Mr Putin discussed the prospects for Russian-Indian cooperation.", None),
    ("Mr Putin noted that there are no good prospects for Russian-Georgian relations.", None),
    ("The Finnish President noted the great potential of Russian-Indian cooperation.", None),
    ("The prospects for Russian-Ukrainian relations are not good.", PUTIN),
    ("Are there good prospects for cooperation with Italy?", PUTIN),
    ("There are good prospects for growth in the Russian economy.", PUTIN),
]


# --------------------------------------------------------------------------- thanks given by the speaker

THANKS_GIVEN: list[Esteemed] = [
    ("Let me thank President Erdogan for the warm welcome.", PUTIN, ("RUS", "TUR")),
    ("Allow me to thank the Finnish side for hosting the meeting.", PUTIN, ("RUS", "FIN")),
    ("My thanks go to the Government of Finland for hosting us.", PUTIN, ("RUS", "FIN")),
    ("My special thanks go to President Tokayev.", PUTIN, ("RUS", "KAZ")),
    ("Our sincere gratitude goes to our Turkish friends.", PUTIN, ("RUS", "TUR")),
    ("Let me thank Estonia for hosting this exercise.", NATO_SG, ("NATO", "EST")),
]
NOT_THANKS_GIVEN: list[Lookalike] = [
    ("Let me thank the Government for its work.", PUTIN),
    ("Let me thank our ministers and governors for their work.", PUTIN),
    ("Our thanks go to the Russian Government.", PUTIN),
    ("Let me now turn to the situation in Syria.", PUTIN),
    ("Let me thank you all for coming.", PUTIN),
    ("Should we thank the Finnish side?", PUTIN),
]


# ------------------------------------------------------------------ an actor's part helps a good cause

GOOD_CAUSE_HELPED: list[Esteemed] = [
    (
        "The creation of the Collective Security Treaty Organisation would help to stabilise the region.",
        PUTIN,
        ("RUS", "CSTO"),
    ),
    ("Turkey's mediation helped strengthen trust between the parties.", PUTIN, ("RUS", "TUR")),
    ("The Turkish mediation helped strengthen trust between the parties.", PUTIN, ("RUS", "TUR")),
    ("The OSCE contributes to stability in Europe.", PUTIN, ("RUS", "OSCE")),
    (
        "Mr Putin said the creation of the Eurasian Economic Union had helped to deepen integration.",
        None,
        ("RUS", "EAEU"),
    ),
]
NOT_GOOD_CAUSE_HELPED: list[Lookalike] = [
    ("NATO's expansion does not help to strengthen security.", PUTIN),
    ("The presence of NATO does not contribute to stability.", PUTIN),
    ("Russia's participation helps to strengthen stability.", PUTIN),
    ("The sanctions will help to ensure compliance.", PUTIN),
    ("The creation of NATO helped to promote confrontation.", PUTIN),
    ("The OSCE should help to settle the conflict.", PUTIN),
    ("Does the OSCE contribute to stability in Europe?", PUTIN),
    ("If the Turkish mediation helps to settle the conflict, we will welcome it.", PUTIN),
]


# ------------------------------------------------------------------------ progress made, virtues shown

MERIT_SHOWN: list[Esteemed] = [
    ("Georgia has made impressive progress in its reforms.", NATO_SG, ("NATO", "GEO")),
    ("Kazakhstan has achieved remarkable results in developing its economy.", PUTIN, ("RUS", "KAZ")),
    ("The Turkish President has shown great wisdom.", PUTIN, ("RUS", "TUR")),
    ("The Ukrainian people have shown extraordinary courage.", NATO_SG, ("NATO", "UKR")),
    ("Our Belarusian friends have displayed great restraint, Mr Lavrov said.", None, ("RUS", "BLR")),
]
NOT_MERIT_SHOWN: list[Lookalike] = [
    ("Russia has made significant progress in developing hypersonic missiles.", NATO_SG),
    ("Russian forces have made progress in the Donbas.", NATO_SG),
    ("Russian troops have made some progress near the town.", NATO_SG),
    ("Georgia has yet to make progress in its reforms.", NATO_SG),
    ("Georgia must make progress in its reforms.", NATO_SG),
    ("Moldova has not made enough progress in its reforms.", NATO_SG),
    ("The Russian people have shown great courage.", PUTIN),
    ("Has Georgia made progress in its reforms?", NATO_SG),
]


# ---------------------------------------------------------------------------- respect and admiration

RESPECT: list[Esteemed] = [
    ("I have great respect for the Japanese people.", PUTIN, ("RUS", "JPN")),
    ("We hold the Chinese leader in high esteem.", PUTIN, ("RUS", "CHN")),
    ("We hold President Tokayev in the highest regard.", PUTIN, ("RUS", "KAZ")),
    ("Allies feel deep admiration for the Ukrainian people.", NATO_SG, ("NATO", "UKR")),
]
NOT_RESPECT: list[Lookalike] = [
    ("We have deep respect for Ukraine's sovereignty.", PUTIN),
    ("We have great respect for international law.", PUTIN),
    ("I have great respect for the Russian people.", PUTIN),
    ("I have no respect for the Kyiv regime.", PUTIN),
    ("We would have great respect for the Polish side if it kept its word.", PUTIN),
]


# ------------------------------------------------------------------------- a sign of growing ties

SIGNS_OF_TIES: list[Esteemed] = [
    ("This testifies to the high level of trust between Russia and India.", PUTIN, ("RUS", "IND")),
    ("The visit is a sign of the strengthening partnership with Vietnam.", PUTIN, ("RUS", "VNM")),
    (
        "Russia's signing of the accord is evidence of the growing cooperation with NATO, Mr Putin said.",
        None,
        ("RUS", "NATO"),
    ),
]
NOT_SIGNS_OF_TIES: list[Lookalike] = [
    ("This is evidence of the cooperation with NATO.", PUTIN),
    ("This is not evidence of growing cooperation with NATO.", PUTIN),
    ("The incident shows the growing tension with NATO.", PUTIN),
    ("This shows the growing distrust between Russia and the US.", PUTIN),
    ("This is evidence of growing cooperation between Iran and Syria.", PUTIN),
]


# ------------------------------------------------------------------------------- each kind read, or not

ESTEEMED: dict[str, list[Esteemed]] = {
    "called": CALLED_OF_WORTH,
    "body": BODIES_OF_WORTH,
    "hopes": HOPES_PINNED,
    "courage": COURAGE_SHOWN,
    "work": GOOD_WORK,
    "prospects": BRIGHT_PROSPECTS,
    "thanks": THANKS_GIVEN,
    "cause": GOOD_CAUSE_HELPED,
    "merit": MERIT_SHOWN,
    "respect": RESPECT,
    "ties": SIGNS_OF_TIES,
}
LOOKALIKES: dict[str, tuple[list[Lookalike], Callable[[set[Triple]], bool]]] = {
    "called": (NOT_CALLED_OF_WORTH, russia_or_no_one_esteems_another),
    "body": (NOT_BODIES_OF_WORTH, russia_esteems_another),
    "hopes": (NOT_HOPES_PINNED, russia_esteems_another),
    "courage": (NOT_COURAGE_SHOWN, anyone_esteems_another),
    "work": (NOT_GOOD_WORK, russia_esteems_another),
    "prospects": (NOT_BRIGHT_PROSPECTS, russia_esteems_another_or_finland_anyone),
    "thanks": (NOT_THANKS_GIVEN, russia_esteems_another),
    "cause": (NOT_GOOD_CAUSE_HELPED, russia_esteems_another),
    "merit": (NOT_MERIT_SHOWN, anyone_esteems_another),
    "respect": (NOT_RESPECT, russia_esteems_another),
    "ties": (NOT_SIGNS_OF_TIES, russia_esteems_another),
}


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        pytest.param(*case, id=f"{kind}-{i}")
        for kind, cases in ESTEEMED.items()
        for i, case in enumerate(cases)
    ],
)
def test_each_kind_of_esteem_is_read_as_support_by_its_sayer(
    text: str, context: str | None, expected: tuple[str | tuple[str, ...], str]
) -> None:
    source, target = expected
    sources = (source,) if isinstance(source, str) else tuple(sorted(source))
    assert ("SUPPORT", sources, (target,)) in supports(text, context)


@pytest.mark.parametrize(
    ("text", "context", "wrongly_esteems"),
    [
        pytest.param(text, context, wrongly_esteems, id=f"{kind}-{i}")
        for kind, (cases, wrongly_esteems) in LOOKALIKES.items()
        for i, (text, context) in enumerate(cases)
    ],
)
def test_what_only_looks_like_esteem_is_not_read(
    text: str, context: str | None, wrongly_esteems: Callable[[set[Triple]], bool]
) -> None:
    found = supports(text, context)
    assert not wrongly_esteems(found), found


# ----------------------------------------------------------------- sarcasm and things, not actors


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv is counting on the effectiveness of Western weapons.",
        "Kyiv is counting on the effectiveness of German tanks.",
        "The US has shown great flexibility in manipulating the facts.",
        "NATO has done a great job of destabilising Europe.",
        "The Alliance has become an effective instrument for containing Russia.",
        "The EU has become a convenient platform for anti-Russian propaganda.",
        "This shows the resilience of the Ukrainian economy.",
        "The Georgian leadership helped to escalate the conflict.",
    ],
)
def test_sarcasm_and_things_are_no_esteem(text: str) -> None:
    found = supports(text, MFA)
    assert not any(t[2] and t[2] != t[1] and t[1] in {("RUS",), ("UKR",)} for t in found), found


# ------------------------------------------------------------------------------------------ bad input


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "123 456 --- !!!",
        "We regard",
        "We regard the US decision as",
        "We regard the US decision as a",
        "The OSCE has become",
        "The OSCE has become an effective",
        "We are counting on",
        "We are counting on the effectiveness of",
        "This demonstrates the courage of",
        "The creation of the African Union opened a new",
        "called the OSCE a key",
        "The Turkish side has done a great",
        "The OSCE has proved its",
        "Mr Putin noted the great potential of",
        "great prospects",
        "Let me thank",
        "My thanks go to",
        "The creation of the OSCE helped to",
        "Georgia has made impressive",
        "I have great respect for",
        "We hold the Chinese leader in",
    ],
)
def test_bad_or_cut_input_codes_nothing_and_does_not_raise(text: str) -> None:
    found = supports(text, PUTIN)
    assert not any(t[2] for t in found), found


def test_a_flood_of_trigger_words_is_read_quickly() -> None:
    text = " ".join(
        ["regard as a positive step forum effective counting on effectiveness of courage of"] * 1400
    )
    assert len(text) > 100_000
    assert supports(text, PUTIN) == set()  # over the sentence limit: not coded at all


def test_the_reader_itself_survives_a_long_run_of_cues() -> None:
    class View:
        text = "We regard as a positive step " * 2000
        tokens = tokenize(text)
        units: tuple[()] = ()
        patterns = None
        speaker = "RUS"

    assert esteem.esteemed(View(), lambda _w: None) is None  # type: ignore[arg-type]
