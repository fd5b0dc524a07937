"""The real-text recall lexicon (data/lexicon/real-text-recall.toml): each phrase codes its event with the
expected source and target in a news-style sentence, and the risky words stay silent in look-alikes."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

PUB = dt.date(2020, 1, 15)
OLD = dt.date(1985, 6, 1)  # for the Soviet Union


def events_of(text: str, etype: str, date: dt.date = PUB) -> list[tuple[set[str], set[str]]]:
    return [(set(e.source), set(e.target)) for e in code_sentence(text, date=date) if e.event.value == etype]


# (sentence, event type, source, target); target None: not checked (the event stands without one)
POSITIVES = [
    # ASSAULT: fire returned
    ("Pakistani troops returned fire.", "ASSAULT", {"PAK"}, None),
    ("Armenian forces returned fire on Azerbaijani positions.", "ASSAULT", {"ARM"}, {"AZE"}),
    # ASSAULT: fighting a side
    ("Finland fought the Russians in the winter of 1939.", "ASSAULT", {"FIN"}, {"RUS"}),
    ("Ukraine fought against Russia for years.", "ASSAULT", {"UKR"}, {"RUS"}),
    ("Ukrainian troops fought the Russians near Bakhmut.", "ASSAULT", {"UKR"}, {"RUS"}),
    ("Kurdish fighters fought against Turkey for decades.", "ASSAULT", None, {"TUR"}),
    ("Iraq fought a long war against Iran.", "ASSAULT", {"IRQ"}, {"IRN"}),
    # COERCE: partition
    ("Russia partitioned Georgia.", "COERCE", {"RUS"}, {"GEO"}),
    ("Russia's partition of Ukraine shocked Europe.", "COERCE", {"RUS"}, {"UKR"}),
    ("Hungary took part in the partition of Slovakia.", "COERCE", {"HUN"}, {"SVK"}),
    ("Hungary participated in the partition of Slovakia.", "COERCE", {"HUN"}, {"SVK"}),
    # CONSULT: engaging with a side
    (
        "The United States will continue to engage with both India and Pakistan.",
        "CONSULT",
        {"USA"},
        {"IND", "PAK"},
    ),
    ("Rubio will engage with Indian and Pakistani leaders.", "CONSULT", {"USA"}, {"IND", "PAK"}),
    ("Washington engaged with the Taliban in Doha.", "CONSULT", {"USA"}, {"TALIBAN"}),
    ("Japan engaged diplomatically with China over the islands.", "CONSULT", {"JPN"}, {"CHN"}),
    # SUPPORT (AGREE with an intent cue): better ties
    ("Japan reset its relations with South Korea.", "SUPPORT", {"JPN"}, {"KOR"}),
    ("Britain will seek to reset the relationship with the European Union.", "AGREE", {"GBR"}, {"EU"}),
    ("Japan improved its relationship with South Korea.", "SUPPORT", {"JPN"}, {"KOR"}),
    # SUPPORT: good wishes to a leader
    (
        "The President of Russia has wished Boris Johnson a speedy and complete recovery.",
        "SUPPORT",
        {"RUS"},
        {"GBR"},
    ),
    ("Vladimir Putin wished the Pope health and happiness.", "SUPPORT", {"RUS"}, {"VAT"}),
    # ASSAULT: the weapon told by where it came from
    ("Missiles fired from India struck several locations across Pakistan.", "ASSAULT", {"IND"}, {"PAK"}),
    ("Rockets fired from Lebanon landed in northern Israel.", "ASSAULT", {"LBN"}, {"ISR"}),
    ("Drones launched from Ukraine struck an oil depot in Russia.", "ASSAULT", {"UKR"}, {"RUS"}),
    # AID: money or help for another side's economy
    (
        "Russia has allocated another $200 million to adapt the Kyrgyz economy to the Union's rules.",
        "AID",
        {"RUS"},
        {"KGZ"},
    ),
    ("Japan provided $5 billion to rebuild the Ukrainian economy.", "AID", {"JPN"}, {"UKR"}),
    ("Russia is helping to modernise the Kyrgyz army.", "AID", {"RUS"}, {"KGZ"}),
    # REJECT: a proposal evaded
    ("Washington evaded Moscow's proposal.", "REJECT", {"USA"}, {"RUS"}),
    ("Washington sidestepped Moscow's offer of talks.", "REJECT", {"USA"}, {"RUS"}),
]

OLD_POSITIVES = [
    ("Finland fought the Soviet Union.", "ASSAULT", {"FIN"}, {"SUN"}),
    ("Germany and the USSR partitioned Poland.", "COERCE", {"DEU", "SUN"}, {"POL"}),
]


@pytest.mark.parametrize(("text", "etype", "source", "target"), POSITIVES, ids=[p[0][:60] for p in POSITIVES])
def test_phrase_codes_its_event(
    text: str, etype: str, source: set[str] | None, target: set[str] | None
) -> None:
    found = events_of(text, etype)
    assert found, f"no {etype} in {text!r}"
    assert any(
        (source is None or src == source) and (target is None or tgt == target) for src, tgt in found
    ), found


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"), OLD_POSITIVES, ids=[p[0][:60] for p in OLD_POSITIVES]
)
def test_phrase_codes_its_event_on_an_old_date(
    text: str, etype: str, source: set[str], target: set[str]
) -> None:
    found = events_of(text, etype, OLD)
    assert any(src == source and tgt == target for src, tgt in found), found


# look-alikes: the same words used of something else code nothing of that type
LOOKALIKES = [
    ("The government is fighting corruption.", "ASSAULT"),
    ("Poland fought for its independence.", "ASSAULT"),
    ("The fighters returned to Syria.", "ASSAULT"),
    ("The partition of India in 1947 displaced millions.", "COERCE"),
    ("The company engaged with its customers.", "CONSULT"),
    ("She improved her relationship with her father.", "SUPPORT"),
    ("I wish you success in the match.", "SUPPORT"),
    ("The coach wished the players luck.", "SUPPORT"),
    ("Drones launched from the sea were intercepted.", "ASSAULT"),
    ("The ministry allocated $2 billion to rebuild the national economy.", "AID"),
    ("The bank helped to restore the company budget.", "AID"),
    ("Russia evaded Western sanctions through third countries.", "REJECT"),
]


@pytest.mark.parametrize(("text", "etype"), LOOKALIKES, ids=[p[0][:60] for p in LOOKALIKES])
def test_lookalike_codes_nothing_of_that_type(text: str, etype: str) -> None:
    assert not events_of(text, etype)
