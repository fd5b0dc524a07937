"""Bad input for the rules-2026.29 readers (second2, sidefix4, nonevents2, kremlin10, news6, sources2):
fragments that stop where a reader waits for its next word (an embassy with no owner, a curfew with no
place, "the two leaders" with no one named, "our" with nothing after it), stray quote marks, and sentences
just under the coder's length limit built from the readers' own trigger words. Each gives a list of events
naming only actor codes, never an exception; the same text coded twice gives the same answer; and the
document's next sentence is still coded."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import MAX_SENTENCE_CHARS, code_sentence
from detente.coding.document import RecordStream

DAY = dt.date(2019, 12, 11)
PUTIN = "Vladimir Putin, President of Russia"


def _near_limit(words: str) -> str:
    """``words`` repeated to just under the length the coder still reads."""
    return (words * (MAX_SENTENCE_CHARS // len(words) + 1))[: MAX_SENTENCE_CHARS - 1]


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
    _near_limit("protesters gathered outside the US embassy to protest against the curfew "),
    _near_limit("The two leaders said the sides supported our proposal and proposed "),
    _near_limit("condemned the murder of the attack carried out by terrorists near the borders of "),
    _near_limit("cut off water and food to migrants pushed back, exit ban on activists "),
]


@pytest.mark.parametrize("text", FRAGMENTS)
def test_a_fragment_or_garbage_codes_without_error(text: str) -> None:
    first = code_sentence(text, date=DAY, context=PUTIN, participants=("RUS", "TUR"), reported_meeting=True)
    assert isinstance(first, list)
    for event in first:  # whatever is coded names only actor codes, never the garbage itself
        assert all(code and len(code) < 80 for code in (*event.source, *event.target))
    again = code_sentence(text, date=DAY, context=PUTIN, participants=("RUS", "TUR"), reported_meeting=True)
    assert again == first
    bare = code_sentence(text, date=DAY)  # no speaker, no meeting: the news readers' path
    assert isinstance(bare, list)


def test_garbage_records_do_not_stop_the_document() -> None:
    stream = RecordStream()
    stream("kremlin-2-0", "Vladimir Putin and Recep Tayyip Erdogan held talks in the Kremlin.", DAY, None)
    for n, text in enumerate(FRAGMENTS, start=1):
        assert isinstance(stream(f"kremlin-2-{n}", text, DAY, PUTIN), list)
    last = stream(
        f"kremlin-2-{len(FRAGMENTS) + 1}", "Russia strongly condemned the attack on Ukraine.", DAY, None
    )
    assert ("ACCUSE", ["RUS"]) in [(e["event"], e["source"]) for e in last]
