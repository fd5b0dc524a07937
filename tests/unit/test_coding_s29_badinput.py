"""Bad input for the rules-2026.29 readers (second2, sidefix4, nonevents2, kremlin10, news6, sources2):
fragments that stop where a reader waits for its next word (an embassy with no owner, a curfew with no
place, "the two leaders" with no one named, "our" with nothing after it), stray quote marks, and sentences
just under the coder's length limit built from the readers' own trigger words. Each gives a list of events
naming only actor codes, never an exception; the same text coded twice gives the same answer; and the
document's next sentence is still coded."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.badinput import coded_twice_cleanly, document_goes_on, near_limit

from detente.coding.coder import code_sentence

DAY = dt.date(2019, 12, 11)
PUTIN = "Vladimir Putin, President of Russia"


FRAGMENTS = [
    "",
    "outside the embassy",
    "protested outside the",
    "imposed a curfew",
    "lifted the",
    "condemned the murder of",
    "The two leaders",
    "the sides agreed",
    "supported our",
    "our proposal",
    "The President vetoed",
    "The head of state",
    "attended the talks.",
    "was emphasised.",
    "Other issues under discussion were",
    "Together with",
    "made a grave mistake",
    "cut off water to",
    "exit ban on",
    "following a phone call with",
    "the attack carried out by",
    "and proposed",
    "near the borders of",
    "“ ” ‘ ’ « » \" '",
    "\x00\x01 ;;; 12 345",
    near_limit("protesters gathered outside the US embassy to protest against the curfew "),
    near_limit("The two leaders said the sides supported our proposal and proposed "),
    near_limit("condemned the murder of the attack carried out by terrorists near the borders of "),
    near_limit("cut off water and food to migrants pushed back, exit ban on activists "),
]


@pytest.mark.parametrize("text", FRAGMENTS)
def test_a_fragment_or_garbage_codes_without_error(text: str) -> None:
    coded_twice_cleanly(text, date=DAY, context=PUTIN, participants=("RUS", "TUR"), reported_meeting=True)
    bare = code_sentence(text, date=DAY)  # no speaker, no meeting: the news readers' path
    assert isinstance(bare, list)


def test_garbage_records_do_not_stop_the_document() -> None:
    document_goes_on("kremlin-2", FRAGMENTS, DAY, PUTIN)
