"""Bad input for the rules-2026.30 readers (kremlin11, sidefix5, second3, news7, written7) and the s30 speed
gates (kremlin10, second2, nonevents2): fragments that stop where a reader waits for its next word (a draft
with no parties, a zone with no region, a veto with no law, a gate word with nothing after it), stray marks,
and sentences just under the coder's length limit built from the readers' own trigger words. Each gives a
list of events naming only actor codes, never an exception; the same text coded twice gives the same answer;
and the document's next sentence is still coded."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import MAX_SENTENCE_CHARS, code_sentence
from detente.coding.document import RecordStream

DAY = dt.date(2022, 3, 11)
PUTIN = "Vladimir Putin, President of Russia"


def _near_limit(words: str) -> str:
    """``words`` repeated to just under the length the coder still reads."""
    return (words * (MAX_SENTENCE_CHARS // len(words) + 1))[: MAX_SENTENCE_CHARS - 1]


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
    _near_limit("Russia published two draft agreements, one to the United States and one to NATO, "),
    _near_limit("Police detained opposition supporters at a rally; troops withdrew from zones adjacent to "),
    _near_limit("The President vetoed the law; by pooling efforts, the opportunities offered by "),
    _near_limit("it was they who started the attack carried out by the killing of and proposed "),
]


@pytest.mark.parametrize("text", FRAGMENTS)
def test_a_fragment_or_garbage_codes_without_error(text: str) -> None:
    first = code_sentence(text, date=DAY, context=PUTIN, participants=("RUS", "UKR"), reported_meeting=True)
    assert isinstance(first, list)
    for event in first:  # whatever is coded names only actor codes, never the garbage itself
        assert all(code and len(code) < 80 for code in (*event.source, *event.target))
    again = code_sentence(text, date=DAY, context=PUTIN, participants=("RUS", "UKR"), reported_meeting=True)
    assert again == first
    bare = code_sentence(text, date=DAY)  # no speaker, no meeting: the news readers' path
    assert isinstance(bare, list)


def test_garbage_records_do_not_stop_the_document() -> None:
    stream = RecordStream()
    stream("kremlin-3-0", "Vladimir Putin and Recep Tayyip Erdogan held talks in the Kremlin.", DAY, None)
    for n, text in enumerate(FRAGMENTS, start=1):
        assert isinstance(stream(f"kremlin-3-{n}", text, DAY, PUTIN), list)
    last = stream(
        f"kremlin-3-{len(FRAGMENTS) + 1}", "Russia strongly condemned the attack on Ukraine.", DAY, None
    )
    assert ("ACCUSE", ["RUS"]) in [(e["event"], e["source"]) for e in last]
