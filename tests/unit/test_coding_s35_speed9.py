"""s35-speed9: first-letter look-aheads on seven more expressions must never hide a reading.

Each expression below starts (after ``\\b``) with a look-ahead of the first letters of its alternatives; the
look-ahead only skips positions where no alternative could begin, so every expression must find exactly what
it finds without the look-ahead, in any case and with the non-ASCII case twins of ASCII letters.
"""

from __future__ import annotations

import re

import pytest
from tests.lookaheads import assert_lookahead_hides_nothing

from detente.coding import kremlin9, nonevents2, support2, written6, written7

_LOOKAHEADS = [
    (support2._CALLED, r"(?=[dctvrs])"),
    (support2._CALLED, r"(?=[tba])"),
    (kremlin9._MENTIONED, r"(?=[tw'ipsdfcrlen])"),
    (nonevents2._WOULD_HAVE_TO, r"(?=[wmc])"),
    (nonevents2._ROLE, r"(?=[agocfbpnimw])"),
    (nonevents2._ROOM_MOVE, r"(?=[hgwpm])"),
    (written7._STEPPED_UP, r"(?=[srib])"),
    (written6._SENT, r"(?=[sdth])"),
]

_TEXTS = [
    # support2._CALLED
    "Lavrov described Beijing as a reliable strategic partner of Moscow.",
    "Officials regard the kingdom as an important strategic partner, and the alliance is a key ally.",
    "The minister said that China is a truly reliable strategic partner.",
    "Kazakhstan remains one of the most important strategic partners.",
    # kremlin9._MENTIONED
    "Putin thanked his counterpart for the kind invitation and said he'd very much like to visit Hanoi.",
    "The envoy backed the proposal to convene a new international peace conference on the region.",
    "Moscow doesn't even negotiate; the sides do not discuss it, but they support resuming dialogue talks between them.",
    "Both stressed the importance of direct negotiations between the two capitals.",
    # nonevents2._WOULD_HAVE_TO, _ROLE, _ROOM_MOVE
    "The allies might have to reconsider; Berlin could need to pay and Paris may have to wait.",
    "The charity, which has long helped refugees, and a watchdog that mainly monitors polls, spoke out.",
    "The NGO which often criticises the Kremlin and the non-profit that also works there were named.",
    "The leaders then headed to the main hall and later moved on to the exhibition booth.",
    "Delegates went into their large conference room; the ministers proceeded towards the podium.",
    # written7._STEPPED_UP, written6._SENT
    "Berlin stepped up its military support for the government; Paris ramped up their aid to the army.",
    "Washington increased the financial assistance to Kyiv and boosted our help for the region.",
    "Germany sent tanks and ammunition to Ukraine, and Britain handed over air defence systems to Kyiv.",
    "Japan donated generators and fuel into the city; Canada shipped medical supplies to the hospital.",
    # nothing to find
    "The weather was mild and the talks went nowhere.",
    "",
    "12345 !!! ... ,,, ;;",
]


def _plain(pattern: re.Pattern[str], lookahead: str) -> re.Pattern[str]:
    assert lookahead in pattern.pattern
    return re.compile(pattern.pattern.replace(lookahead, "", 1), pattern.flags)


@pytest.mark.parametrize(("pattern", "lookahead"), _LOOKAHEADS)
def test_lookahead_never_hides_a_match(pattern: re.Pattern[str], lookahead: str) -> None:
    assert assert_lookahead_hides_nothing(pattern, lookahead, _TEXTS) >= 6


def test_lookaheads_find_their_positives() -> None:
    assert len(support2._CALLED.findall(" ".join(_TEXTS[0:4]))) >= 4
    assert len(kremlin9._MENTIONED.findall(" ".join(_TEXTS[4:8]))) >= 5
    assert len(nonevents2._WOULD_HAVE_TO.findall(_TEXTS[8])) == 3
    assert len(nonevents2._ROLE.findall(" ".join(_TEXTS[9:11]))) == 4
    assert len(nonevents2._ROOM_MOVE.findall(" ".join(_TEXTS[11:13]))) == 4
    assert len(written7._STEPPED_UP.findall(" ".join(_TEXTS[13:15]))) == 4
    assert len(written6._SENT.findall(" ".join(_TEXTS[15:17]))) == 4


@pytest.mark.parametrize(("pattern", "lookahead"), _LOOKAHEADS)
def test_lookaheads_on_long_text(pattern: re.Pattern[str], lookahead: str) -> None:
    plain = _plain(pattern, lookahead)
    text = "the delegates walked slowly while officials described the weather, " * 1_500  # ~100 KB
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]
    long_hit = text + _TEXTS[15]
    assert [m.span() for m in pattern.finditer(long_hit)] == [m.span() for m in plain.finditer(long_hit)]
