"""Approval of a partner in official Russian text that no trigger word carries (s25).

Two families. First, approval one leader gives the other to his face, in words other than "thank you for":
"all our scholars express deep gratitude to you for returning the archive", "many thanks to you for your
help", "for which we are most grateful to you", "we greatly value your country's part in the talks", "I warmly
congratulate you on your re-election". The sentence names no one but "you": the one addressed is the other
side of a page where two sides, states or organisations, hold the floor (as
:mod:`detente.coding.addressedthanks` reads "thank you for ..."), or, where one side holds it, the one other
state or organisation the document names; SUPPORT from the speaker's side to the one addressed. A short
transcript label repeating a full one ("Pietro Parolin:") keeps its side, and the questions of a press
conference end the reading (its "you" may be a journalist).

Second, sentence readers: greetings sent to a partner told as the frame of a readout ("In his New Year
greetings to the King of Spain, the President expressed ..."), a partner the speaker's side holds important
("The CSTO is very important to us"), another's decision judged lawful ("the decision to hold elections
respects the constitution") and a hope that the partner will further the ties ("hoped that the new President
would help strengthen cooperation"), which is the hoper's SUPPORT for the partner, not an AGREE.

Not read: words to an audience ("Ladies and gentlemen, I thank you for ..."), thanks and appreciation of
courtesy ("for your attention", "your question", "your time"), thanks "to you all", wishes ("I wish you
success"), welcomes (a visit, CONSULT) and "thanks to you" told as a cause ("the club is popular thanks to
you").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.actors import ActorKind, load_dictionary
from detente.coding.floors import floor_holders
from detente.coding.ontology import EventType, Polarity
from detente.coding.roles import SPEECH_VERBS, Roles, sayer_before
from detente.coding.statements import Finding, SentenceView
from detente.coding.text import WordCheck, lower_text
from detente.coding.units import Unit, speaker_turn

if TYPE_CHECKING:
    from detente.coding.addressedthanks import Record
    from detente.coding.coder import Event

__all__ = [
    "add_approvals",
    "approvals_to_face",
    "approved_to_face",
    "decision_approved",
    "greeting_message",
    "hoped_of_partner",
    "important_to_us",
    "may_read",
    "partner_hoped",
]

_WARMTH = (
    r"(?:(?:my|our|his|her|their|the|a|special|great|greatest|deep|deepest|sincere|sincerest|warm|warmest|"
    r"heartfelt|particular|enormous|profound|immense|huge|enormous|utmost|words\s+of|once\s+again|again|also)\s+)*"
)
"""Words of weight before "thanks", "gratitude" or "congratulations"."""

_ADVERBS = r"(?:(?:very|most|so|highly|greatly|sincerely|truly|really|deeply|warmly|heartily|also|again|once\s+again|do)\s+)*"
"""Adverbs between the speaker and his verb ("I sincerely appreciate", "we do value")."""

_WANT = r"(?:(?:would\s+like|wish|want|must|should\s+like|let\s+me|allow\s+me|I\s+want)\s+(?:to\s+)?)?"
"""A wish or leave to speak before the verb ("I would like to congratulate you")."""

_FORMS = (
    # "express deep gratitude to you", "convey our thanks to you"
    re.compile(
        rf"\b(?:express|extend|convey|offer)(?:es|ed|ing)?\s+{_WARMTH}(?:thanks|gratitude|appreciation)\s+to\s+you\b"
        r"(?!\s+all\b)",
        re.IGNORECASE,
    ),
    # "Many thanks to you for your help" (not "thanks to you" as a cause)
    re.compile(
        r"(?:^|[.;:]\s+|\band\s+)(?:many|special|great|my|our|sincere|warm|heartfelt|huge|big)\s+"
        r"(?:\w+\s+)?thanks\s+to\s+you\b(?!\s+all\b)",
        re.IGNORECASE,
    ),
    # "for which we are most grateful to you"
    re.compile(
        rf"\b(?:am|are|’m|'m|remain)\s+{_ADVERBS}grateful\s+to\s+you\b(?!\s+all\b)",
        re.IGNORECASE,
    ),
    # "we greatly value your country's role", "I sincerely appreciate your personal interest"
    re.compile(
        rf"\b(?:I|we)\s+{_ADVERBS}(?:appreciate|value)\s+(?:(?:very\s+)?(?:highly|greatly|much)\s+)?your\s+"
        r"(?!(?:kind\s+)?(?:attention|question|questions|patience|time|interest\s+in\s+(?:this|my|our)\s+"
        r"(?:interview|conversation|talk))\b)",
        re.IGNORECASE,
    ),
    # "I want to convey my heartfelt solidarity at this hard hour" (to no one named: the addressee)
    re.compile(
        r"\b(?:I|we)\s+(?:(?:would\s+like|wish|want)\s+to\s+)?(?:(?:also|again|once\s+again)\s+)*"
        r"(?:express|convey|extend)\s+(?:my|our)\s+(?:(?:sincere|deep|deepest|heartfelt|full|profound|warmest|"
        r"most\s+sincere)\s+)*(?:support|condolences|sympathy|solidarity)\b(?!\s+(?:to|for|with)\b)",
        re.IGNORECASE,
    ),
    # "I warmly congratulate you on", "my congratulations to you"
    re.compile(
        rf"\b(?:I|we)\s+{_WANT}{_ADVERBS}congratulate\s+you\b(?!\s+all\b)"
        rf"|\b(?:offer|extend|convey|send|my|our)\s+{_WARMTH}congratulations\s+to\s+you\b(?!\s+all\b)",
        re.IGNORECASE,
    ),
)
"""Approval addressed to "you"."""

_COURTESY = re.compile(
    r"\bfor\s+(?:(?:your|the|this|that)\s+)?(?:(?:kind|close|great|patient)\s+)?"
    r"(?:attention|patience|question|questions|floor|listening|being\s+here|coming|your\s+time|time|"
    r"opportunity\s+to\s+(?:speak|report|address|present|say|ask)|interview|answers?)\b",
    re.IGNORECASE,
)
"""What courtesy thanks are for: nothing one side did for the other."""


def approved_to_face(text: str) -> tuple[int, int] | None:
    """The span of approval addressed to "you" (gratitude, appreciation, congratulations), not courtesy;
    ``None`` otherwise.

    >>> approved_to_face("All our students express deep gratitude to you for these grants.") is not None
    True
    >>> approved_to_face("Many thanks to you for your help.") is not None
    True
    >>> approved_to_face("The club is popular thanks to you.") is None
    True
    >>> approved_to_face("Many thanks to you for your attention.") is None
    True
    >>> approved_to_face("We greatly value your country's role as a mediator.") is not None
    True
    >>> approved_to_face("I appreciate your question.") is None
    True
    """
    for form in _FORMS:
        found = form.search(text)
        if found is None:
            continue
        if _COURTESY.match(text[found.end() :].lstrip(" ,")):
            return None
        return found.start(), found.end()
    return None


def _addressee(records: Sequence[Record], speakers: Sequence[str | None]) -> dict[str, str]:
    """The one each side speaks to: the other side when two hold the floor (each named in the document as a
    state, an organisation or an office holder); when one does, the one other side whose leader or envoy
    the document names ("Mr Erdogan", "Pope Francis"), if there is exactly one; a state named as a topic
    ("we discussed Syria's future") is no one spoken to."""
    dictionary = load_dictionary()
    sides = list(dict.fromkeys(s for s in speakers if s is not None))
    if not sides or len(sides) > 2 or not all(dictionary.is_side(s) for s in sides):
        return {}
    named: set[str] = set()
    people: set[str] = set()
    for _, text, date, _ in records:
        for mention in dictionary.match(text[:2000], date=date):
            code = mention.code
            if code is None or mention.locative or not dictionary.is_side(code):
                continue
            held = mention.role is not None and mention.role.actor == code
            if held:
                people.add(code)
            if held or mention.kind in (ActorKind.STATE, ActorKind.ORG):
                named.add(code)
    if len(sides) == 2:
        if not set(sides) <= named:
            return {}  # a side known only from a person's name
        return {sides[0]: sides[1], sides[1]: sides[0]}
    others = people - {sides[0]}
    return {sides[0]: others.pop()} if len(others) == 1 else {}


_CROWD = re.compile(
    r"\b(?:ladies\s+and\s+gentlemen|friends|colleagues|everyone|everybody|all\s+of\s+you|you\s+all)\b",
    re.IGNORECASE,
)
"""An audience addressed in the sentence: its "you" is the hall, not the other side."""


def approvals_to_face(records: Sequence[Record]) -> list[tuple[int, str, str, tuple[int, int]]]:
    """The records of one document (in order) that approve of the one spoken to: (position, source,
    target, span) (:func:`approved_to_face`, and "thank you for ..." on pages
    :func:`detente.coding.addressedthanks.addressed_thanks` does not read)."""
    from detente.coding.addressedthanks import thanked_for  # it imports the coder, which imports this module

    speakers = floor_holders(records, close_at_question=True, short_labels=True)
    if speakers is None:
        return []
    to = _addressee(records, speakers)
    # "thank you for ..." on a page with questions is left as addressedthanks leaves it (the journalist's
    # "you"); the other forms are read up to the first question
    questioned = any(
        (turn := speaker_turn(load_dictionary(), text, date)) is not None and turn.marker
        for _, text, date, context in records
        if not context
    )
    found: list[tuple[int, str, str, tuple[int, int]]] = []
    for k, ((_, text, _, _), speaker) in enumerate(zip(records, speakers, strict=True)):
        if speaker is None or speaker not in to:
            continue
        span = approved_to_face(text) or (None if questioned else thanked_for(text))
        if span is not None and not _CROWD.search(text):
            found.append((k, speaker, to[speaker], span))
    return found


def add_approvals(records: Sequence[Record], coded: list[list[Event]]) -> None:
    """Add to ``coded`` (the events of ``records``, one document in order) the SUPPORT of each approval
    addressed to the one spoken to (:func:`approvals_to_face`) that a record holds with no SUPPORT yet."""
    from detente.coding.coder import Event  # the coder imports this module's sentence readers

    for k, source, target, span in approvals_to_face(records):
        if any(e.event is EventType.SUPPORT for e in coded[k]):
            continue
        coded[k] = [
            *coded[k],
            Event(
                EventType.SUPPORT,
                "",
                (source,),
                (target,),
                Polarity.ASSERTED,
                records[k][2].isoformat(),
                "day",
                span,
                trigger="approve",
                anchor=span,
            ),
        ]


# ----------------------------------------------------------------------------------------- sentence readers

_MAY_READ = frozenset(
    [
        "important",
        "dear",
        "valuable",
        "greetings",
        "congratulations",
        "congratulation",
        "condolences",
        "respects",
        "respected",
        "respect",
        "complies",
        "comply",
        "complied",
        "conforms",
        "conformed",
        "consistent",
        "accordance",
        "keeping",
        "line",
    ]
)


def may_read(norms: set[str] | frozenset[str]) -> bool:
    """The sentence has a word one of the sentence readers below starts from."""
    return not _MAY_READ.isdisjoint(norms)


def _unit_at(units: Sequence[Unit], start: int, end: int) -> list[Unit]:
    """The coded actor units (no pronoun) whose characters lie in ``start:end``, in order."""
    return [u for u in units if u.code and u.kind != "pronoun" and start <= u.start and u.end <= end]


_GREETING = re.compile(
    r"^\s*(?:In|With)\s+(?:his|her|a|the|their)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:message|messages|telegram|letter|greetings|congratulations)\b(?:\s+of\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:greetings|congratulations?|condolences))?\s+to\s+(?P<to>[^,;:]{3,120}?),\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
"""A readout's opening "In his message of greetings to X, Y noted ..."."""


def greeting_message(view: SentenceView) -> Finding | None:
    """SUPPORT for greetings or congratulations sent to a named partner, told as the frame of what the
    message said: "In his New Year greetings to the King of Spain, the Russian President expressed ...",
    "In his message of congratulation to the President of Armenia, Mr Putin noted ...". The one greeted is
    the first actor after "to", the sender the first one after the comma. A bare "message to X" (a letter,
    of any content) is not read."""
    found = _GREETING.match(view.text)
    if found is None:
        return None
    head = view.text[: found.start("to")].lower()
    if not any(w in head for w in ("greeting", "congratulat", "condolence")):
        return None
    to = _unit_at(view.units, found.start("to"), found.end("to"))
    by = [u for u in view.units if u.code and u.start >= found.start("rest") and u.kind != "pronoun"][:1]
    if not to or not by:
        return None
    source, target = by[0].code, to[0].code
    if source is None or target is None or source == target:
        return None
    roles = Roles((source,), (target,), (0, by[0].end))
    return Finding(
        EventType.SUPPORT, "", roles, Polarity.ASSERTED, found.start(), found.end("to"), "greetings"
    )


_IMPORTANT = re.compile(
    r"\b(?:is|are|remains|remain|was|were|has\s+always\s+been|have\s+always\s+been)\s+"
    r"(?:(?:very|extremely|particularly|especially|highly|really|truly|also|always|so|of\s+course)\s+)*"
    r"(?:important|dear|valuable)\s+(?:to|for)\s+(?:us|me|our\s+country)\b(?!\s+to\b)",
    re.IGNORECASE,
)
"""What the speaker's side holds dear: "... is very important to us"."""
_IMPORTANT_WORDS = WordCheck(("important", "dear", "valuable"))
"""Every match of :data:`_IMPORTANT` holds one of these words (s39-speed)."""

_RELATION_WITH = re.compile(
    r"\b(?:relations|ties|cooperation|partnership|friendship|contacts|dialogue|interaction)\s+with\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def important_to_us(view: SentenceView) -> Finding | None:
    """SUPPORT by the speaker for a partner its side holds important: "The Shanghai Cooperation
    Organisation is very important to us", "our relations with Serbia are important for us". The partner
    is the subject of the linking verb, an actor or a relation with one; not a thing or an act ("It is
    important for us to ...", "human life is important to us"), not the speaker's own side."""
    if view.speaker is None or not _IMPORTANT_WORDS(view.text):  # (s39-speed: the cheap tests first)
        return None
    found = _IMPORTANT.search(view.text)
    if found is None:
        return None
    before = view.text[: found.start()].rstrip()
    ending = [u for u in view.units if u.code and u.kind != "pronoun" and u.end == len(before)]
    if not ending:
        return None
    partner = ending[-1]
    lead = view.text[: partner.start]
    if re.search(r"\b(?:to|for|in|of|by|from|on|at|than)\s+(?:the\s+)?$", lead, re.IGNORECASE) and not (
        _RELATION_WITH.search(lead)
    ):
        return None  # "the situation in Syria is important to us": a place or an object, not the subject
    clause = re.split(r"[;:]|\b(?:because|since|if|when|as)\b", lead)[-1]
    if re.search(r"\b(?:not|never|no\s+longer|less)\b", clause + found.group(0), re.IGNORECASE):
        return None
    source, target = view.speaker, partner.code
    if target is None or target == source:
        return None
    roles = Roles((source,), (target,), (partner.start, found.end()))
    return Finding(
        EventType.SUPPORT, "", roles, Polarity.ASSERTED, partner.start, found.end(), "important to us"
    )


_DECISION_RESPECTS = re.compile(
    r"\b(?P<act>decision|decisions|step|steps|move|choice)\b(?P<what>[^.;:]{0,110}?)\b"
    r"(?:respects|respected|respect|complies\s+with|complied\s+with|comply\s+with|"
    r"(?:is|was|are|were)\s+(?:fully\s+|entirely\s+|completely\s+)?(?:in\s+line|in\s+keeping|consistent|in\s+accordance)\s+with|"
    r"conforms\s+to|conformed\s+to)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:constitution|law|laws|legislation|norms|Charter|resolution|resolutions|agreements)\b",
    re.IGNORECASE,
)
"""Another's decision judged lawful: "the decision to hold elections respects the constitution"."""


def decision_approved(view: SentenceView) -> Finding | None:
    """SUPPORT by the sayer (else the speaker) for an actor whose decision is judged lawful: "Mr Putin
    noted that the Syrian authorities' decision to hold elections respects Syria's constitution", "he said
    Serbia's decision was fully in line with international law". The owner stands right before the act
    word ("Syria's decision", "the Syrian authorities' decision") or after it with "of"/"by"."""
    found = _DECISION_RESPECTS.search(view.text)
    if found is None:
        return None
    if re.search(r"\b(?:not|never|n't|hardly)\b", found.group(0), re.IGNORECASE):
        return None
    owner = [
        u
        for u in view.units
        if u.code and u.kind != "pronoun" and 0 <= found.start() - u.end <= 4 and u.end <= found.start()
    ]
    if not owner:
        after = re.match(r"\s+(?:of|by)\s+(?:the\s+)?", found.group("what"))
        if after is not None:
            at = found.start("what") + after.end()
            owner = [u for u in view.units if u.code and u.kind != "pronoun" and u.start == at]
    if not owner:
        return None
    sayer = sayer_before(view.tokens, view.units, _token_at(view, owner[0].start), SPEECH_VERBS)
    source = sayer.code if sayer is not None and sayer.code else view.speaker
    target = owner[0].code
    if source is None or target is None or source == target:
        return None
    roles = Roles((source,), (target,), (owner[0].start, found.end()))
    return Finding(EventType.SUPPORT, "", roles, Polarity.ASSERTED, found.start(), found.end(), "respects")


def _token_at(view: SentenceView, char: int) -> int:
    """The index of the first token starting at or after character ``char``."""
    return next((i for i, t in enumerate(view.tokens) if t.start >= char), len(view.tokens))


_HOPE_OTHER = re.compile(
    r"\bhop(?:e|es|ed|ing)\s+that\s+(?P<subj>[^,;:]{2,80}?)\s+(?:will|would|can|could)\s+"
    r"(?:(?:also|further|continue\s+to|actively)\s+)*"
    r"(?:help|contribute|promote|do\s+(?:all|everything|its|his|her|their|what)|make\s+(?:every|a)|"
    r"strengthen|develop|boost|expand|deepen|foster|facilitate)\b",
    re.IGNORECASE,
)
"""A hope that another will further the ties: "hoped that the new President would help strengthen ..."."""

_OWN_SUBJECT = re.compile(
    r"\b(?:we|our|us|I|both|two|each|joint|together|all|and|they|it|this|these)\b", re.IGNORECASE
)


_TIES = re.compile(
    r"\b(?:cooperation|relations|ties|partnership|friendship|dialogue|contacts|interaction|links)\b",
    re.IGNORECASE,
)


def hoped_of_partner(view: SentenceView) -> Finding | None:
    """SUPPORT by the one who hopes (the sayer, else the speaker) for the side he hopes will further the
    ties: "I hope that Kazakhstan will do everything to develop our cooperation", "he hoped the new
    Government of Chile would help expand relations" (:func:`partner_hoped` turns an AGREE read there)."""
    found = _HOPE_OTHER.search(view.text)
    if found is None or _OWN_SUBJECT.search(found.group("subj")):
        return None
    if not _TIES.search(view.text, found.end("subj")):
        return None
    named = _unit_at(view.units, found.start("subj"), found.end("subj"))
    if len({u.code for u in named}) != 1:
        return None
    sayer = sayer_before(view.tokens, view.units, _token_at(view, found.start()), SPEECH_VERBS | _HOPING)
    source = sayer.code if sayer is not None and sayer.code else view.speaker
    target = named[0].code
    if source is None or target is None or source == target:
        return None
    roles = Roles((source,), (target,), (found.start(), found.end()))
    return Finding(EventType.SUPPORT, "", roles, Polarity.ASSERTED, found.start(), found.end(), "hope")


_HOPING = frozenset({"hope", "hopes", "hoped", "hoping", "expressed", "voiced"})


def partner_hoped(view: SentenceView, events: Sequence[Event]) -> list[Event]:
    """The cooperation a sayer hopes another side will further is the sayer's SUPPORT for that side, not
    its own AGREE nor the other side's act: "Mr Putin voiced the hope that the Premier would help
    deepen Russian-Lao partnership", "he hoped the new Government of Chile would help expand
    relations with Russia". An AGREE or SUPPORT read inside such a clause, by the hoper or by the one hoped
    of, becomes the hoper's asserted SUPPORT for the other; a hope about the sayer's own side or both
    ("that our countries will", "that we will", "that Russia and Chile would") stays as it is."""
    # the regex ignores case; "hop" has no letter that matches a non-ASCII one, so lower() keeps it
    found = _HOPE_OTHER.search(view.text) if "hop" in lower_text(view.text) else None
    if found is None or _OWN_SUBJECT.search(found.group("subj")):
        return list(events)
    named = {u.code for u in _unit_at(view.units, found.start("subj"), found.end("subj"))}
    sayer = sayer_before(view.tokens, view.units, _token_at(view, found.start()), SPEECH_VERBS | _HOPING)
    hoper = sayer.code if sayer is not None and sayer.code else view.speaker
    out: list[Event] = []
    for e in events:
        inside = e.anchor[0] >= found.start("subj")
        if e.event not in (EventType.AGREE, EventType.SUPPORT) or not inside or len(e.source) != 1:
            out.append(e)
        elif e.source[0] in named and hoper is not None and hoper not in named:
            # "hoped that Chile would help expand relations with Russia": Russia's hope, Chile approved of
            out.append(
                dataclasses.replace(
                    e,
                    event=EventType.SUPPORT,
                    source=(hoper,),
                    target=(e.source[0],),
                    polarity=Polarity.ASSERTED,
                )
            )
        elif e.event is EventType.AGREE and not named & set(e.source):
            out.append(dataclasses.replace(e, event=EventType.SUPPORT))
        else:
            out.append(e)  # the hoper's own side furthers the ties: its AGREE
    return [
        e
        for k, e in enumerate(out)
        if not any(o.event is e.event and o.source == e.source and o.target == e.target for o in out[:k])
    ]
