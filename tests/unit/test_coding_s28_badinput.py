"""Bad input for the rules-2026.28 readers (kremlin8, kremlin9, news5, written5, sidefix3, policing) and the
caches of the speed passes: fragments that stop where a reader expects its next word, stray quote marks,
sentences just under the coder's length limit made of the readers' own trigger words. Each gives a list of
events naming only actor codes, never an exception; the same garbage coded twice gives the same answer (the
token and actor-match caches hand out copies); and the next sentence of the same document is still coded."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.badinput import coded_twice_cleanly, document_goes_on, near_limit

DAY = dt.date(2023, 7, 20)
PUTIN = "Vladimir Putin, President of Russia"


FRAGMENTS = [
    "",
    "signed.",
    "A memorandum was signed",
    "It was agreed to",
    "An agreement was reached in",
    "told him that",
    'Erdogan told Peres that "',
    "“ told ” “ informed ” ‘ briefed ’",
    "I hope that",
    "it is important for",
    "we are against",
    "who was arrested",
    "was arrested",
    "The boat was detained",
    "will serve years in prison",
    "added to the quarantine list",
    "during his visit to",
    "shortly after invaded",
    "the decision of and to",
    "withdrawal from the grain deal with",
    "İSTANBUL ſigned ı K talks",  # the letters that defeat a lower-cased word check
    "\x00\x01 ;;; 12 345",
    near_limit("signed agreement was reached told him hope that X will "),
    near_limit("Russia's withdrawal from the grain deal with Ukraine and "),
    near_limit("was arrested who was charged in France "),
    near_limit("“quote” told Peres that "),
]


@pytest.mark.parametrize("text", FRAGMENTS)
def test_a_fragment_or_garbage_codes_without_error(text: str) -> None:
    coded_twice_cleanly(text, date=DAY, context=PUTIN, participants=("RUS", "TUR"), reported_meeting=True)


def test_garbage_records_do_not_stop_the_document() -> None:
    document_goes_on("kremlin-1", FRAGMENTS, DAY, PUTIN)
