"""Bad input for the rules-2026.33 readers (written11, accuse2, support2, material2, kremlin17, titles11,
sidefix11 and the act-called check of the patterns): fragments that stop where a reader waits for its next
word (an answer promised to nothing, a drill with no holder, a charge with no one charged, thanks to no one,
envoys ordered out of nowhere, a decision taken by nobody, a title alone), stray marks, and sentences just
under the coder's length limit built from the readers' own trigger words. Each gives a list of events naming
only actor codes, never an exception; the same text coded twice gives the same answer; and the document's
next sentence is still coded."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.badinput import coded_twice_cleanly, document_goes_on, near_limit

from detente.coding.coder import code_sentence

DAY = dt.date(2019, 11, 20)
SPEAKER = "Press statement by the President of Russia"

FRAGMENTS = [
    "",
    "would have to respond in kind",
    "ordered the troops to return to their permanent bases",
    "the exercise began",
    "citing violations",
    "making it part of the Russian Federation",
    "insisting that",
    "denied any plans to",
    "the door to dialogue remains open",
    "will never accept",
    "makes the world more dangerous, he said of",
    "exchanged the instruments of ratification",
    "what it called",
    "was behind the",
    "the main dangers include",
    "stands accused by",
    "my condolences go to",
    "our thoughts are with",
    "'s welcome of",
    "is a reliable partner",
    "deserves our thanks",
    "let me congratulate",
    "were airlifted to",
    "was ordered out of",
    "declared persona non grata in",
    "will not supply",
    "while discussing",
    "it was agreed to",
    "a decision was taken by",
    "the agenda of the talks included",
    "the Secretary-General",
    "government troops in",
    "the Chairman of the Government",
    "both sides",
    "the two leaders",
    "the five leaders",
    "called the decision",
    "«» “” ‘’ — – …",
    "\x00\x02 ;;; 42 2019",
    "İ ı ſ K",  # letters a case-blind expression folds to ASCII: every word gate opens
    near_limit("Moscow would have to respond in kind and ordered the troops to return to their bases "),
    near_limit("the exercise began citing violations making it part of the Russian Federation insisting "),
    near_limit("what it called was behind the main dangers include stands accused by my condolences go to "),
    near_limit(
        "is a reliable partner deserves our thanks let me congratulate were airlifted to was ordered "
    ),
    near_limit("while discussing it was agreed to a decision was taken by the Secretary-General both sides "),
]


@pytest.mark.parametrize("text", FRAGMENTS)
def test_a_fragment_or_garbage_codes_without_error(text: str) -> None:
    coded_twice_cleanly(text, date=DAY, context=SPEAKER, participants=("RUS", "DEU"), reported_meeting=True)
    bare = code_sentence(text, date=DAY)  # no speaker, no meeting: the news readers' path
    assert isinstance(bare, list)


def test_garbage_records_do_not_stop_the_document() -> None:
    document_goes_on("kremlin-62001", FRAGMENTS, DAY, SPEAKER)
