"""Bad input for the rules-2026.28 readers (kremlin8, kremlin9, news5, written5, sidefix3, policing) and the
caches of the speed passes: fragments that stop where a reader expects its next word, stray quote marks,
sentences just under the coder's length limit made of the readers' own trigger words. Each gives a list of
events naming only actor codes, never an exception; the same garbage coded twice gives the same answer (the
token and actor-match caches hand out copies); and the next sentence of the same document is still coded."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import MAX_SENTENCE_CHARS, code_sentence
from detente.coding.document import RecordStream

DAY = dt.date(2023, 7, 20)
PUTIN = "Vladimir Putin, President of Russia"


def _near_limit(words: str) -> str:
    """``words`` repeated to just under the length the coder still reads."""
    return (words * (MAX_SENTENCE_CHARS // len(words) + 1))[: MAX_SENTENCE_CHARS - 1]


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
    _near_limit("signed agreement was reached told him hope that X will "),
    _near_limit("Russia's withdrawal from the grain deal with Ukraine and "),
    _near_limit("was arrested who was charged in France "),
    _near_limit("“quote” told Peres that "),
]


@pytest.mark.parametrize("text", FRAGMENTS)
def test_a_fragment_or_garbage_codes_without_error(text: str) -> None:
    first = code_sentence(text, date=DAY, context=PUTIN, participants=("RUS", "TUR"), reported_meeting=True)
    assert isinstance(first, list)
    for event in first:  # whatever is coded names only actor codes, never the garbage itself
        assert all(code and len(code) < 80 for code in (*event.source, *event.target))
    again = code_sentence(text, date=DAY, context=PUTIN, participants=("RUS", "TUR"), reported_meeting=True)
    assert again == first


def test_garbage_records_do_not_stop_the_document() -> None:
    stream = RecordStream()
    stream("kremlin-1-0", "Vladimir Putin and Recep Tayyip Erdogan held talks in the Kremlin.", DAY, None)
    for n, text in enumerate(FRAGMENTS, start=1):
        assert isinstance(stream(f"kremlin-1-{n}", text, DAY, PUTIN), list)
    last = stream(
        f"kremlin-1-{len(FRAGMENTS) + 1}", "Russia strongly condemned the attack on Ukraine.", DAY, None
    )
    assert ("ACCUSE", ["RUS"]) in [(e["event"], e["source"]) for e in last]
