"""Esteem for another actor in official wording (s22-esteem, logic in detente.coding.esteem): an actor called
or regarded as something of worth ("a cornerstone of", "a positive step"), an actor or its body that has
become a forum or instrument of worth or opened a new page, hopes pinned on an actor's effectiveness, and an
actor's courage or professionalism shown. Each is SUPPORT by the one who says it, for the actor esteemed."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.coded import triples

from detente.coding import esteem
from detente.coding.patterns import tokenize

DAY = dt.date(2016, 6, 8)
PUTIN = "Vladimir Putin, President of Russia"
NATO_SG = "Statement by NATO Secretary General Jens Stoltenberg"
MFA = "Comment by the Russian Foreign Ministry; 'we' is Russia."


def supports(text: str, context: str | None) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {t for t in triples(text, DAY, context=context) if t[0] == "SUPPORT"}


# ----------------------------------------------------------------------------- called or regarded as worth


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
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
    ],
)
def test_an_actor_called_or_regarded_as_of_worth_is_esteemed(
    text: str, context: str | None, expected: tuple[str, str]
) -> None:
    source, target = expected
    assert ("SUPPORT", (source,), (target,)) in supports(text, context)


@pytest.mark.parametrize(
    ("text", "context"),
    [
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
    ],
)
def test_what_only_looks_like_calling_an_actor_worthy(text: str, context: str | None) -> None:
    found = supports(text, context)
    assert not any(t[2] and t[2] != ("RUS",) and t[1] != t[2] for t in found if t[1] in {("RUS",), ()}), found


# ---------------------------------------------------------------------- a forum of worth, a new page opened


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
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
            "The creation of the African Union opened a new page in the history of the continent.",
            PUTIN,
            ("RUS", "AU"),
        ),
        ("The founding of ASEAN marked a new chapter in the life of the region.", PUTIN, ("RUS", "ASEAN")),
        (
            "Mr Putin said the creation of the Council of Europe had opened a new era on the continent.",
            None,
            ("RUS", "COE"),
        ),
    ],
)
def test_a_body_of_worth_or_a_new_page_is_esteemed(
    text: str, context: str | None, expected: tuple[str, str]
) -> None:
    source, target = expected
    assert ("SUPPORT", (source,), (target,)) in supports(text, context)


@pytest.mark.parametrize(
    ("text", "context"),
    [
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
    ],
)
def test_what_only_looks_like_a_body_of_worth(text: str, context: str | None) -> None:
    found = supports(text, context)
    assert not any(t[1] == ("RUS",) and t[2] and t[2] != ("RUS",) for t in found), found


# ----------------------------------------------------------------------- hopes pinned on an actor's effectiveness


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        (
            "Vladimir Putin and Recep Tayyip Erdogan are counting on the effectiveness of the Iranian mediators.",
            None,
            (("RUS", "TUR"), ("IRN",)),
        ),
        ("We are counting on the success of the Egyptian mediation.", MFA, (("RUS",), ("EGY",))),
        ("Moscow counts on the wisdom and experience of the Kazakh leadership.", None, (("RUS",), ("KAZ",))),
        ("We count on the professionalism of the OSCE monitors.", MFA, (("RUS",), ("OSCE",))),
    ],
)
def test_hopes_pinned_on_an_actors_effectiveness_esteem_it(
    text: str, context: str | None, expected: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    source, target = expected
    assert ("SUPPORT", tuple(sorted(source)), target) in supports(text, context)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("We are counting on the support of the German government.", MFA),  # a request, not esteem
        ("We are not counting on the effectiveness of the Ukrainian authorities.", MFA),
        ("We are no longer counting on the success of the American mediation.", MFA),
        ("We are counting on the effectiveness of our own diplomats.", MFA),
        ("We are counting on the effectiveness of the measures taken.", MFA),
        ("Nobody can count on the effectiveness of the Kyiv regime.", MFA),
    ],
)
def test_what_only_looks_like_hopes_pinned_on_an_actor(text: str, context: str | None) -> None:
    found = supports(text, context)
    assert not any(t[1] == ("RUS",) and t[2] and t[2] != ("RUS",) for t in found), found


# -------------------------------------------------------------------------- an actor's courage shown


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
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
    ],
)
def test_an_actors_courage_shown_esteems_it(
    text: str, context: str | None, expected: tuple[str, str]
) -> None:
    source, target = expected
    assert ("SUPPORT", (source,), (target,)) in supports(text, context)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("This demonstrates the weakness of the Ukrainian armed forces.", NATO_SG),
        ("This shows the lack of professionalism of the Ukrainian border guards.", PUTIN),
        ("This demonstrates the courage of our soldiers.", PUTIN),
        ("This demonstrates the courage of the Russian soldiers.", PUTIN),
        ("It is not clear that this shows the professionalism of the Ukrainian army.", PUTIN),
        ("Does this demonstrate the courage of the Ukrainian army?", PUTIN),
    ],
)
def test_what_only_looks_like_courage_shown(text: str, context: str | None) -> None:
    found = supports(text, context)
    assert not any(t[2] and t[2] != t[1] for t in found), found


# ------------------------------------------------------------------------- good work done, worth proved


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("The Turkish side has done a great job in organising the summit.", PUTIN, ("RUS", "TUR")),
        ("Mr Lavrov said the Finnish chairmanship had done a tremendous job.", None, ("RUS", "FIN")),
        ("The OSCE monitors have done a remarkable job, Mr Lavrov said.", None, ("RUS", "OSCE")),
        ("The Collective Security Treaty Organisation has shown its effectiveness.", PUTIN, ("RUS", "CSTO")),
        ("The Council of Europe has proved its worth as a forum for dialogue.", PUTIN, ("RUS", "COE")),
    ],
)
def test_good_work_done_or_worth_proved_is_esteemed(
    text: str, context: str | None, expected: tuple[str, str]
) -> None:
    source, target = expected
    assert ("SUPPORT", (source,), (target,)) in supports(text, context)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("The Ukrainian side has not done a good job.", PUTIN),
        ("The Polish side could have done a better job.", PUTIN),
        ("The OSCE has yet to prove its worth.", PUTIN),
        ("The OSCE has failed to prove its value.", PUTIN),
        ("Our experts have done a great job.", PUTIN),
        ("The Russian side has done a great job.", PUTIN),
        ("Has the Turkish side done a good job?", PUTIN),
        ("If the Turkish side does a good job, the talks will go ahead.", PUTIN),
    ],
)
def test_what_only_looks_like_good_work(text: str, context: str | None) -> None:
    found = supports(text, context)
    assert not any(t[1] == ("RUS",) and t[2] and t[2] != ("RUS",) for t in found), found


# --------------------------------------------------------------------- good prospects of a relation


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("Mr Putin noted the great potential of Russian-Indian cooperation.", None, ("RUS", "IND")),
        (
            "Mr Putin mentioned the fine prospects for Russian-US partnership in science.",
            None,
            ("RUS", "USA"),
        ),
        ("There are good prospects for cooperation with Italy in energy.", PUTIN, ("RUS", "ITA")),
        ("Mr Lavrov pointed to the vast opportunities for trade with Vietnam.", None, ("RUS", "VNM")),
    ],
)
def test_bright_prospects_of_a_relation_esteem_the_other_side(
    text: str, context: str | None, expected: tuple[str, str]
) -> None:
    source, target = expected
    assert ("SUPPORT", (source,), (target,)) in supports(text, context)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Mr Putin discussed the prospects for Russian-Indian cooperation.", None),
        ("Mr Putin noted that there are no good prospects for Russian-Georgian relations.", None),
        ("The Finnish President noted the great potential of Russian-Indian cooperation.", None),
        ("The prospects for Russian-Ukrainian relations are not good.", PUTIN),
        ("Are there good prospects for cooperation with Italy?", PUTIN),
        ("There are good prospects for growth in the Russian economy.", PUTIN),
    ],
)
def test_what_only_looks_like_bright_prospects(text: str, context: str | None) -> None:
    found = supports(text, context)
    assert not any(t[1] == ("RUS",) and t[2] and t[2] != ("RUS",) for t in found), found
    assert not any(t[1] == ("FIN",) for t in found), found


# --------------------------------------------------------------------------- thanks given by the speaker


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("Let me thank President Erdogan for the warm welcome.", PUTIN, ("RUS", "TUR")),
        ("Allow me to thank the Finnish side for hosting the meeting.", PUTIN, ("RUS", "FIN")),
        ("My thanks go to the Government of Finland for hosting us.", PUTIN, ("RUS", "FIN")),
        ("My special thanks go to President Tokayev.", PUTIN, ("RUS", "KAZ")),
        ("Our sincere gratitude goes to our Turkish friends.", PUTIN, ("RUS", "TUR")),
        ("Let me thank Estonia for hosting this exercise.", NATO_SG, ("NATO", "EST")),
    ],
)
def test_thanks_given_by_the_speaker_to_another_actor(
    text: str, context: str | None, expected: tuple[str, str]
) -> None:
    source, target = expected
    assert ("SUPPORT", (source,), (target,)) in supports(text, context)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Let me thank the Government for its work.", PUTIN),
        ("Let me thank our ministers and governors for their work.", PUTIN),
        ("Our thanks go to the Russian Government.", PUTIN),
        ("Let me now turn to the situation in Syria.", PUTIN),
        ("Let me thank you all for coming.", PUTIN),
        ("Should we thank the Finnish side?", PUTIN),
    ],
)
def test_what_only_looks_like_thanks_to_another_actor(text: str, context: str | None) -> None:
    found = supports(text, context)
    assert not any(t[1] == ("RUS",) and t[2] and t[2] != ("RUS",) for t in found), found


# ------------------------------------------------------------------ an actor's part helps a good cause


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
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
    ],
)
def test_an_actors_part_in_a_good_cause_is_esteemed(
    text: str, context: str | None, expected: tuple[str, str]
) -> None:
    source, target = expected
    assert ("SUPPORT", (source,), (target,)) in supports(text, context)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("NATO's expansion does not help to strengthen security.", PUTIN),
        ("The presence of NATO does not contribute to stability.", PUTIN),
        ("Russia's participation helps to strengthen stability.", PUTIN),
        ("The sanctions will help to ensure compliance.", PUTIN),
        ("The creation of NATO helped to promote confrontation.", PUTIN),
        ("The OSCE should help to settle the conflict.", PUTIN),
        ("Does the OSCE contribute to stability in Europe?", PUTIN),
        ("If the Turkish mediation helps to settle the conflict, we will welcome it.", PUTIN),
    ],
)
def test_what_only_looks_like_a_part_in_a_good_cause(text: str, context: str | None) -> None:
    found = supports(text, context)
    assert not any(t[1] == ("RUS",) and t[2] and t[2] != ("RUS",) for t in found), found


# ------------------------------------------------------------------------ progress made, virtues shown


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("Georgia has made impressive progress in its reforms.", NATO_SG, ("NATO", "GEO")),
        ("Kazakhstan has achieved remarkable results in developing its economy.", PUTIN, ("RUS", "KAZ")),
        ("The Turkish President has shown great wisdom.", PUTIN, ("RUS", "TUR")),
        ("The Ukrainian people have shown extraordinary courage.", NATO_SG, ("NATO", "UKR")),
        ("Our Belarusian friends have displayed great restraint, Mr Lavrov said.", None, ("RUS", "BLR")),
    ],
)
def test_progress_made_or_virtue_shown_is_esteemed(
    text: str, context: str | None, expected: tuple[str, str]
) -> None:
    source, target = expected
    assert ("SUPPORT", (source,), (target,)) in supports(text, context)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Russia has made significant progress in developing hypersonic missiles.", NATO_SG),
        ("Russian forces have made progress in the Donbas.", NATO_SG),
        ("Russian troops have made some progress near the town.", NATO_SG),
        ("Georgia has yet to make progress in its reforms.", NATO_SG),
        ("Georgia must make progress in its reforms.", NATO_SG),
        ("Moldova has not made enough progress in its reforms.", NATO_SG),
        ("The Russian people have shown great courage.", PUTIN),
        ("Has Georgia made progress in its reforms?", NATO_SG),
    ],
)
def test_what_only_looks_like_progress_or_virtue(text: str, context: str | None) -> None:
    found = supports(text, context)
    assert not any(t[2] and t[2] != t[1] for t in found), found


# ---------------------------------------------------------------------------- respect and admiration


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("I have great respect for the Japanese people.", PUTIN, ("RUS", "JPN")),
        ("We hold the Chinese leader in high esteem.", PUTIN, ("RUS", "CHN")),
        ("We hold President Tokayev in the highest regard.", PUTIN, ("RUS", "KAZ")),
        ("Allies feel deep admiration for the Ukrainian people.", NATO_SG, ("NATO", "UKR")),
    ],
)
def test_respect_and_admiration_for_an_actor_esteem_it(
    text: str, context: str | None, expected: tuple[str, str]
) -> None:
    source, target = expected
    assert ("SUPPORT", (source,), (target,)) in supports(text, context)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("We have deep respect for Ukraine's sovereignty.", PUTIN),
        ("We have great respect for international law.", PUTIN),
        ("I have great respect for the Russian people.", PUTIN),
        ("I have no respect for the Kyiv regime.", PUTIN),
        ("We would have great respect for the Polish side if it kept its word.", PUTIN),
    ],
)
def test_what_only_looks_like_respect_for_an_actor(text: str, context: str | None) -> None:
    found = supports(text, context)
    assert not any(t[1] == ("RUS",) and t[2] and t[2] != ("RUS",) for t in found), found


# ------------------------------------------------------------------------- a sign of growing ties


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("This testifies to the high level of trust between Russia and India.", PUTIN, ("RUS", "IND")),
        ("The visit is a sign of the strengthening partnership with Vietnam.", PUTIN, ("RUS", "VNM")),
        (
            "Russia's signing of the accord is evidence of the growing cooperation with NATO, Mr Putin said.",
            None,
            ("RUS", "NATO"),
        ),
    ],
)
def test_a_sign_of_growing_ties_esteems_the_other_side(
    text: str, context: str | None, expected: tuple[str, str]
) -> None:
    source, target = expected
    assert ("SUPPORT", (source,), (target,)) in supports(text, context)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("This is evidence of the cooperation with NATO.", PUTIN),
        ("This is not evidence of growing cooperation with NATO.", PUTIN),
        ("The incident shows the growing tension with NATO.", PUTIN),
        ("This shows the growing distrust between Russia and the US.", PUTIN),
        ("This is evidence of growing cooperation between Iran and Syria.", PUTIN),
    ],
)
def test_what_only_looks_like_a_sign_of_growing_ties(text: str, context: str | None) -> None:
    found = supports(text, context)
    assert not any(t[1] == ("RUS",) and t[2] and t[2] != ("RUS",) for t in found), found


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
