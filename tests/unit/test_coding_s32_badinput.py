"""Bad input for the rules-2026.32 readers (kremlin14, news10, written9, sidefix9, the overlap fallback and the
places-in-document-names filter of corefix): fragments that stop where a reader waits for its next word
(interference with no one judged, a failure with no deed, a list with nobody on it, an offer with nothing
offered, a document named by a city and nothing else), stray marks, and sentences just under the coder's
length limit built from the readers' own trigger words. Each gives a list of events naming only actor codes,
never an exception; the same text coded twice gives the same answer; and the document's next sentence is
still coded."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.badinput import coded_twice_cleanly, document_goes_on, near_limit

from detente.coding.coder import code_sentence

DAY = dt.date(2021, 3, 9)
SPEAKER = "Statement by the NATO Secretary General"

FRAGMENTS = [
    "",
    "any interference is unacceptable",
    "was met with criticism in",
    "the need to was noted",
    "came to the conclusion that",
    "it is hard to disagree with",
    "has failed to",
    "allegedly",
    "said of the",
    "drew a backlash from",
    "sided with",
    "wound up its",
    "released an aid worker",
    "returned home from",
    "quitting",
    "offered to",
    "the Strategic Concept names",
    "will involve 30,000 troops",
    "in what it described as unsafe",
    "would respond.",
    "Our proposals remain on the table",
    "enlargement would lead to",
    "refused to implement the Minsk agreements",
    "the Minsk Package of Measures",
    "the Moscow-Washington treaty",
    "Mr",
    "Mr Robertson",
    "Lord",
    "Polish and allied",
    "signed between",
    "deported people without papers",
    "the NATO-Russia Council met",
    "will not send troops into",
    "«» “” ‘’ — – …",
    "\x00\x02 ;;; 42 1999",
    "İ ı ſ K",  # letters a case-blind expression folds to ASCII: every word gate opens
    near_limit("Any interference is unacceptable and was met with criticism in the need to was noted "),
    near_limit("Russia has failed to and allegedly said of the drew a backlash from sided with wound up "),
    near_limit("offered to the Strategic Concept names will involve 30,000 troops in what it described as "),
    near_limit("refused to implement the Minsk agreements of the Moscow format at the Bucharest summit "),
    near_limit("Polish and allied jets signed between will not send troops into the NATO-Russia Council "),
]


@pytest.mark.parametrize("text", FRAGMENTS)
def test_a_fragment_or_garbage_codes_without_error(text: str) -> None:
    coded_twice_cleanly(text, date=DAY, context=SPEAKER, participants=("NATO", "RUS"), reported_meeting=True)
    bare = code_sentence(text, date=DAY)  # no speaker, no meeting: the news readers' path
    assert isinstance(bare, list)


def test_garbage_records_do_not_stop_the_document() -> None:
    document_goes_on("nato-32", FRAGMENTS, DAY, SPEAKER)
