"""Bad input for the rules-2026.31 readers (kremlin12, kremlin13, news9, nonevents3, written8, sidefix6-8):
fragments that stop where a reader waits for its next word (relations with no state, partners with no name,
a message with no addressee, a charge with no deed, a mission with no body, a purpose with no act), stray
marks, and sentences just under the coder's length limit built from the readers' own trigger words. Each
gives a list of events naming only actor codes, never an exception; the same text coded twice gives the
same answer; and the document's next sentence is still coded."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.badinput import coded_twice_cleanly, document_goes_on, near_limit

from detente.coding.coder import code_sentence

DAY = dt.date(2019, 6, 5)
PUTIN = "Vladimir Putin, President of Russia"


FRAGMENTS = [
    "",
    "relations with",
    "our relations have been restored",
    "remain a priority for",
    "see eye to eye",
    "the same approach to",
    "one of our key partners",
    "a friend of",
    "accepted the invitation",
    "adopted a joint statement",
    "exchanged greetings",
    "an exchange of messages between",
    "shared his views with",
    "the need for negotiations",
    "a tool of containment",
    "destructive forces trying to",
    "is accused of",
    "were unacceptable",
    "threw its weight behind",
    "walked out",
    "tried to intimidate",
    "closed its mission to",
    "the NATO-Russia Council",
    "suspended the INF",
    "transit for",
    "held responsible for",
    "to stop the attack on",
    "monitors were sent",
    "the deadline agreed with",
    "which the Allies had long called for",
    "addressed a rally",
    "since the illegal annexation of",
    "regards as a crude provocation",
    "groundless accusations by",
    "veiled nuclear threats",
    "and expects",
    "the refusal of",
    "the extra warships sent to",
    "talks were postponed",
    "was not invited to",
    "at the request of",
    "which joined the Alliance on",
    "We remain open to and",
    "does not accept and regards it as",
    "was summoned to the Foreign Ministry, where",
    "held a telephone conversation with",
    "our pilots",
    "supports the accession of",
    "warned that",
    "signed with",
    "“ ” ‘ ’ « » \" '",
    "\x00\x01 ;;; 12 345",
    "İ ı ſ K",  # letters a case-blind expression folds to ASCII: every word gate opens
    near_limit("Our relations with Finland have been restored and remain a priority; we see eye to eye "),
    near_limit("They exchanged greetings and shared his views with the need for negotiations between "),
    near_limit("Russia closed its mission to NATO and suspended the INF; transit for ISAF held responsible "),
    near_limit("was accused of what they called unacceptable, threw its weight behind, walked out of "),
    near_limit("regards as a provocation groundless accusations by the refusal of talks were postponed "),
    near_limit("We remain ready to and at the request of which joined the Alliance on was not invited to "),
    near_limit("Russia does not accept and regards it as our pilots warned that signed with summoned "),
    near_limit("monitors were sent to the deadline agreed with which the Allies had long called for "),
]


@pytest.mark.parametrize("text", FRAGMENTS)
def test_a_fragment_or_garbage_codes_without_error(text: str) -> None:
    coded_twice_cleanly(text, date=DAY, context=PUTIN, participants=("RUS", "FIN"), reported_meeting=True)
    bare = code_sentence(text, date=DAY)  # no speaker, no meeting: the news readers' path
    assert isinstance(bare, list)


def test_garbage_records_do_not_stop_the_document() -> None:
    document_goes_on("kremlin-31", FRAGMENTS, DAY, PUTIN)
