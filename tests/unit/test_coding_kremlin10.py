"""How a speaker judges another side's conduct, views shared with it and work done side by side with it
(detente.coding.kremlin10, s29), plus the phrases of data/lexicon/s29-kremlin10.toml: sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DATE = dt.date(2019, 3, 5)
PUTIN = "Vladimir Putin, President of Russia"
GUEST = "Rumen Radev, President of Bulgaria"

Coded = set[tuple[str, tuple[str, ...], tuple[str, ...], str]]


def _events(text: str, *, context: str | None = PUTIN, pair: tuple[str, ...] = ()) -> Coded:
    found = code_sentence(text, date=DATE, context=context, participants=pair, reported_meeting=bool(pair))
    return {
        (e.event.value, tuple(sorted(e.source)), tuple(sorted(e.target)), e.polarity.value) for e in found
    }


def _types(text: str, *, context: str | None = PUTIN) -> set[str]:
    return {t for t, _, _, _ in _events(text, context=context)}


# --- another side's conduct praised


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Egyptian side behaved extremely responsibly.", "EGY"),
        ("Norway acted in a very constructive manner throughout the talks.", "NOR"),
        ("Our Austrian colleagues took a balanced and principled position.", "AUT"),
        ("Kazakhstan has done a great deal for the Syrian settlement.", "KAZ"),
        ("I know that President Erdogan did a lot to make this meeting possible.", "TUR"),
    ],
)
def test_conduct_praised_is_support(text: str, target: str) -> None:
    assert ("SUPPORT", ("RUS",), (target,), "asserted") in _events(text)


def test_conduct_praised_by_a_named_sayer() -> None:
    found = _events("Lavrov said that the Swiss side acted very professionally.", context=None)
    assert ("SUPPORT", ("RUS",), ("CHE",), "asserted") in found


@pytest.mark.parametrize(
    "text",
    [
        "The United States did a lot to destabilise the region.",
        "If Norway acts responsibly, we will answer in kind.",
        "Norway should act responsibly.",
        "We acted very responsibly.",
        "Norway did not act responsibly.",
    ],
)
def test_conduct_not_praised(text: str) -> None:
    assert "SUPPORT" not in _types(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The position of the Indian leadership on this matter is well balanced.", "IND"),
        ("Israel's approach deserves respect.", "ISR"),
        ("The role of Egypt in the settlement has been invaluable.", "EGY"),
    ],
)
def test_stance_praised_is_support(text: str, target: str) -> None:
    assert ("SUPPORT", ("RUS",), (target,), "asserted") in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The position of the United States is well known.",
        "The role of NATO is destructive.",
        "The position of Japan is not constructive.",
    ],
)
def test_stance_not_praised(text: str) -> None:
    assert "SUPPORT" not in _types(text)


# --- another side said to be wrong or to cause trouble


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Washington made a grave mistake.", "USA"),
        ("The European Union is making a strategic error.", "EU"),
        ("Our Japanese colleagues made the wrong choice.", "JPN"),
        ("It was a huge mistake on the part of Georgia.", "GEO"),
        ("The Georgian leadership provoked this conflict.", "GEO"),
        ("The Americans created this problem themselves.", "USA"),
        ("Britain took an unconstructive position.", "GBR"),
        ("Our Polish partners behaved in a completely unacceptable way.", "POL"),
        ("It was Georgia that started the war.", "GEO"),
    ],
)
def test_wrongdoing_is_accuse(text: str, target: str) -> None:
    assert ("ACCUSE", ("RUS",), (target,), "asserted") in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "If the United States makes a mistake, we will respond.",
        "We made a mistake back then.",
        "The United States was wrong to think so.",
        "Russia and Ukraine started the talks.",
        "Washington did not make any mistake here.",
    ],
)
def test_no_wrongdoing(text: str) -> None:
    assert "ACCUSE" not in _types(text)


# --- work done side by side


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Together with Turkey we launched a big gas project.", "TUR"),
        ("Along with our Indian friends, we are building new reactors.", "IND"),
        ("With Vietnam we have created a joint venture in the oil sector.", "VNM"),
        ("We and our Kazakh colleagues are developing a space launch site.", "KAZ"),
        ("We launched the pipeline jointly with Turkey.", "TUR"),
    ],
)
def test_work_done_together_is_cooperate(text: str, target: str) -> None:
    found = _events(text)
    assert any(t == "COOPERATE" and target in s + g for t, s, g, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "We will build the plant together with China.",
        "With China's support we built the bridge.",
        "With regard to Ukraine, we have done everything possible.",
        "Together with Turkey we discussed the situation in Syria.",
        "Together with the Government, we have done a lot for the regions.",
    ],
)
def test_no_work_done_together(text: str) -> None:
    found = _events(text)
    assert not [e for e in found if e[0] == "COOPERATE" and e[3] == "asserted"]


# --- views shared with a named side


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("We are in full agreement with our Chinese friends on this.", "CHN"),
        ("Our positions with India on this issue largely coincide.", "IND"),
        ("We have a common understanding with Turkey on Idlib.", "TUR"),
    ],
)
def test_views_shared_are_agree(text: str, partner: str) -> None:
    found = _events(text)
    assert any(t == "AGREE" and {"RUS", partner} <= set(s + g) and p == "asserted" for t, s, g, p in found)


@pytest.mark.parametrize(
    "text",
    [
        "We are not in agreement with Turkey on this.",
        "Our positions with the United States differ.",
    ],
)
def test_views_not_shared(text: str) -> None:
    assert not [e for e in _events(text) if e[0] == "AGREE" and e[3] == "asserted"]


# --- a group's act with its members named after "including"


def test_group_including_named_sides() -> None:
    found = _events("Many states backed our initiative, including China and India.")
    assert ("SUPPORT", ("CHN", "IND"), ("RUS",), "asserted") in found


def test_group_including_members_such_as() -> None:
    found = _events("But a number of states supported us, including NATO members such as Italy and Greece.")
    assert ("SUPPORT", ("GRC", "ITA"), ("RUS",), "asserted") in found


def test_including_without_a_group_is_not_read() -> None:
    found = _events("We discussed many subjects, including Syria and Libya.")
    assert not [e for e in found if e[0] == "SUPPORT"]


# --- support of the speaker's proposal


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        ("China supported our proposal.", "SUPPORT", "CHN"),
        ("Germany endorsed our position on this issue.", "SUPPORT", "DEU"),
        ("Turkey accepted our offer.", "AGREE", "TUR"),
    ],
)
def test_support_of_our_proposal_targets_the_speaker(text: str, kind: str, source: str) -> None:
    assert (kind, (source,), ("RUS",), "asserted") in _events(text)


def test_support_of_our_proposal_told_by_another_sayer_keeps_no_target() -> None:
    found = _events("Erdogan said that China supported our proposal.")
    assert ("SUPPORT", ("CHN",), ("RUS",), "asserted") not in found


def test_support_of_our_proposal_by_a_guest_targets_the_guest() -> None:
    found = _events("Italy supported our proposal.", context=GUEST)
    assert ("SUPPORT", ("ITA",), ("BGR",), "asserted") in found


# --- the lexicon phrases (data/lexicon/s29-kremlin10.toml)


def test_accords_reached_in_the_plural() -> None:
    found = _events("We have reached agreements with Turkey on Idlib.")
    assert ("AGREE", ("RUS",), ("TUR",), "asserted") in found
    found = _events("Russia and Turkey reached understandings on gas prices.", context=None)
    assert ("AGREE", ("RUS", "TUR"), (), "asserted") in found


def test_accords_not_reached() -> None:
    found = _events("We have never reached any agreements with NATO on this.")
    assert ("AGREE", ("RUS",), ("NATO",), "asserted") not in found


def test_proposal_to_our_partners() -> None:
    found = _events("We proposed to our American colleagues to extend the treaty.")
    assert ("AGREE", ("RUS",), ("USA",), "asserted") in found
    found = _events("We have repeatedly suggested to our partners in NATO to hold consultations.")
    assert ("AGREE", ("RUS",), ("NATO",), "asserted") in found


def test_proposal_to_our_own_people_is_not_to_a_side() -> None:
    found = _events("I proposed to our ministers to prepare a plan.")
    assert not [e for e in found if e[0] == "AGREE" and e[2]]


# --- bad input


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Together with",
        "It was",
        "made a mistake",
        "Our positions with",
        "Many states backed, including",
        "China supported our",
        "— , ; :",
    ],
)
def test_fragments_code_nothing_or_quietly(text: str) -> None:
    for context in (PUTIN, None):
        assert isinstance(code_sentence(text, date=DATE, context=context), list)


def test_very_long_text() -> None:
    text = "Together with Turkey we launched a project, " * 200 + "and Washington made a mistake."
    assert isinstance(code_sentence(text, date=DATE, context=PUTIN), list)
    short = "Together with Turkey we launched a project, " * 8 + "and Washington made a mistake."
    assert code_sentence(short, date=DATE, context=PUTIN) == code_sentence(short, date=DATE, context=PUTIN)


# --- talks the speaker tells of


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("Chancellor Merkel and I spoke about it at length.", "DEU"),
        ("I explained to Prime Minister Abe that this was not possible.", "JPN"),
        ("I said this to President Obama directly.", "USA"),
        ("I have repeatedly spoken about this with our Finnish colleagues.", "FIN"),
        ("We raised this question during our recent meetings with the Austrian Chancellor.", "AUT"),
    ],
)
def test_talks_told_by_the_speaker(text: str, partner: str) -> None:
    found = _events(text)
    assert any(t == "CONSULT" and partner in s + g and "RUS" in s and p == "asserted" for t, s, g, p in found)


@pytest.mark.parametrize(
    "text",
    [
        "I will explain to Prime Minister Abe that this is not possible.",
        "I have never spoken with the Prime Minister of Japan about this.",
        "Chancellor Merkel and I will talk about it tomorrow.",
        "I said to the journalists that we were ready.",
    ],
)
def test_talks_not_told_as_held(text: str) -> None:
    found = _events(text)
    assert not [e for e in found if e[0] == "CONSULT" and e[3] == "asserted"]


# --- bad faith, staged coups and stances judged unsound


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Americans did not listen to us.", "USA"),
        ("Kiev is not interested in a peaceful settlement.", "UKR"),
        ("The Dutch government refused to take our arguments into account.", "NLD"),
        ("The United States staged a coup in Kiev.", "USA"),
        ("The British authorities are hiding the truth.", "GBR"),
        ("Poland is pursuing an openly anti-Russian policy.", "POL"),
        ("The position of the Japanese government is absurd.", "JPN"),
        ("Australia's approach is counterproductive.", "AUS"),
    ],
)
def test_faults_named_are_accuse(text: str, target: str) -> None:
    assert ("ACCUSE", ("RUS",), (target,), "asserted") in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "If the Americans do not listen to us, we will act.",
        "We did not listen to the Americans.",
        "The position of Japan is not absurd at all.",
        "Poland is pursuing a balanced policy.",
        "Kiev is interested in a peaceful settlement.",
    ],
)
def test_no_fault_named(text: str) -> None:
    assert "ACCUSE" not in _types(text)


# --- a readout's agenda told in the passive


@pytest.mark.parametrize(
    "text",
    [
        "Other topics under discussion were fisheries and the Arctic.",
        "Current issues of trade were also considered.",
        "The further implementation of the joint energy projects was emphasised.",
        "It was noted that mutual trade had grown.",
    ],
)
def test_agenda_of_a_reported_meeting(text: str) -> None:
    found = _events(text, context=None, pair=("RUS", "NOR"))
    assert ("CONSULT", ("NOR", "RUS"), (), "asserted") in found


@pytest.mark.parametrize(
    "text",
    [
        "Current issues of trade will be considered next week.",
        "The situation was not discussed and energy was not considered.",
        "Norway's plans were noted.",
    ],
)
def test_agenda_ahead_or_owned(text: str) -> None:
    found = _events(text, context=None, pair=("RUS", "NOR"))
    assert ("CONSULT", ("NOR", "RUS"), (), "asserted") not in found


def test_agenda_in_a_speech_is_not_read() -> None:
    assert "CONSULT" not in _types("Current issues of trade were also considered.")
