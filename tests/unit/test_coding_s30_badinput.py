"""Bad input for the rules-2026.30 readers (kremlin11, sidefix5, second3, news7, written7) and the s30 speed
gates (kremlin10, second2, nonevents2): fragments that stop where a reader waits for its next word (a draft
with no parties, a zone with no region, a veto with no law, a gate word with nothing after it), stray marks,
and sentences just under the coder's length limit built from the readers' own trigger words. Each gives a
list of events naming only actor codes, never an exception; the same text coded twice gives the same answer;
and the document's next sentence is still coded."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.badinput import coded_twice_cleanly, document_goes_on, near_limit

from detente.coding.coder import code_sentence

DAY = dt.date(2022, 3, 11)
PUTIN = "Vladimir Putin, President of Russia"


FRAGMENTS = [
    "",
    "two draft agreements, one to",
    "the draft treaty between",
    "an opposition rally",
    "Police detained",
    "withdrew from the zones adjacent to",
    "legitimate targets",
    "policing the airspace of",
    "on behalf of the Alliance",
    "ordered a ceasefire",
    "the withdrawal of",
    "send refugees to",
    "vetoed the Federal Law",
    "the opportunities offered by",
    "by pooling efforts",
    "has trained",
    "noted the closeness of",
    "acted irresponsibly",
    "It was",
    "who started",
    "the attack carried out by",
    "the killing of",
    "and proposed",
    "attended the talks",
    "would have to",
    "“ ” ‘ ’ « » \" '",
    "\x00\x01 ;;; 12 345",
    "İ ı ſ K",  # letters a case-blind expression folds to ASCII: every word gate opens
    near_limit("Russia published two draft agreements, one to the United States and one to NATO, "),
    near_limit("Police detained opposition supporters at a rally; troops withdrew from zones adjacent to "),
    near_limit("The President vetoed the law; by pooling efforts, the opportunities offered by "),
    near_limit("it was they who started the attack carried out by the killing of and proposed "),
]


@pytest.mark.parametrize("text", FRAGMENTS)
def test_a_fragment_or_garbage_codes_without_error(text: str) -> None:
    coded_twice_cleanly(text, date=DAY, context=PUTIN, participants=("RUS", "UKR"), reported_meeting=True)
    bare = code_sentence(text, date=DAY)  # no speaker, no meeting: the news readers' path
    assert isinstance(bare, list)


def test_garbage_records_do_not_stop_the_document() -> None:
    document_goes_on("kremlin-3", FRAGMENTS, DAY, PUTIN)
