"""How a speaker judges another side's conduct, the views it shares with a side, and work done side by side
with it (s29-kremlin10): wording of speeches, interviews and press conferences that no trigger reads.

- another side's conduct praised (SUPPORT by the speaker, or by the clause's sayer, to that side): "the
  Egyptian side acted very responsibly", "Norway took a balanced position", "Kazakhstan has done a great deal
  for the settlement" (:func:`conduct_praised`); its stance judged sound: "the position of the Indian
  leadership is well balanced", "Israel's approach deserves respect" (:func:`stance_praised`);
- another side said to be wrong or to cause trouble (ACCUSE/disapprove to that side): "Washington made a
  grave mistake", "it was a mistake on the part of X" (:func:`mistake_made`); "X provoked this conflict",
  "X took a destructive position", "it was X that started the war", "X staged a coup", "our partners are
  not listening to us", "Kiev is not interested in a settlement" (:func:`conduct_condemned`); its stance
  judged unsound: "the position of the United States is absurd" (:func:`stance_faulted`);
- the speaker's "we" doing something with a named side: "Together with Turkey, we launched ...", "With
  Vietnam we have created ...", "we launched the pipeline jointly with X", "we and our Kazakh colleagues
  are developing ..." (COOPERATE from the speaker to that side, :func:`done_together`);
- views shared with a named side: "we are in full agreement with X", "our positions with X coincide", "we
  have a common understanding with X" (AGREE of both, :func:`same_mind`); resolve to work with a side: "we
  are determined to strengthen our partnership with X" (AGREE, :func:`resolved_to_cooperate`);
- talks the speaker tells of: "Angela Merkel and I talked about it", "I explained to X that ...", "I have
  spoken about this with X", "I raised this issue in my talks with X" (CONSULT, :func:`talked_to`);
- a readout's agenda told in the passive with no one named ("Other issues under discussion were ...",
  "the implementation of the plans was emphasised"): CONSULT of the meeting's sides (:func:`agenda_told`);
- a group's act with its members named after "including": "a number of countries supported us, including
  X and Y" (the act of X and Y, :func:`group_including`);
- another side's support of "our proposal", "our position", "our offer": the speaker is its target
  (:func:`own_object`).

Each is read only when the sentence holds no event of its type yet, only when it is told as done (no
future, wish, condition, question or negation in the words before it) and never for the speaker's own side.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from detente.coding.kremlin6 import ReadoutView
from detente.coding.ontology import EventType, Polarity
from detente.coding.roleparts import Roles
from detente.coding.statements import Finding
from detente.coding.wordgates import WordGates

if TYPE_CHECKING:
    from detente.coding.coder import Event
    from detente.coding.units import Unit

__all__ = [
    "agenda_told",
    "conduct_condemned",
    "conduct_praised",
    "done_together",
    "group_including",
    "mistake_made",
    "own_object",
    "resolved_to_cooperate",
    "same_mind",
    "settled",
    "stance_faulted",
    "stance_praised",
    "talked_to",
]

_View = ReadoutView

Finish = Callable[[Finding | None], "Event | None"]

_OWN_WORDS = frozenset(("pronoun", "possessive"))
"""Unit kinds that name no side of their own ("we", "our")."""

_PREP_BEFORE = re.compile(
    r"\b(?:with|to|of|for|in|on|from|about|against|between|at|by|towards|toward|among|into|over|after|"
    r"before|during|than|like|including)\s+(?:the\s+|our\s+|their\s+|his\s+|her\s+|its\s+|a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)
"""A preposition governs the actor that ends this text: it is no subject."""

_NOT_TOLD_AS_DONE = re.compile(
    r"\b(?:will|would|shall|could|might|may|should|must|ought|if|unless|whether|not|never|n't|no|cannot|"
    r"can|hope|hopes|want|wants|wish|expect|expects|ready|willing|plan|plans|intend|intends|going|let|"
    r"why|when|whenever|once|nor|neither)\b|\?",
    re.I,
)

_GATES = WordGates()
"""One scan per sentence answers the word checks below before their expressions run (same answers)."""
_SAYING_GATE = _GATES.gate(
    (
        "said",
        "say",
        "note",
        "stress",
        "emphasi",
        "underlined",
        "pointed",
        "stated",
        "believ",
        "recalled",
        "added",
        "remarked",
        "observed",
        "think",
        "thought",
    )
)
_CONDUCT_VERBS = (
    "acted",
    "behaved",
    "responded",
    "reacted",
    "took",
    "taken",
    "adopted",
    "showed",
    "shown",
    "demonstrated",
    "displayed",
    "maintained",
    "held",
)
"""How a side's conduct is told, praised or condemned ("acted responsibly", "took a hostile position")."""
_PRAISE_GATE = _GATES.gate((*_CONDUCT_VERBS, "worked", "done", "did"))
_PRAISED_GATE = _GATES.gate(
    (
        *("responsibly", "constructively", "wisely", "reasonably", "prudently", "professionally"),
        *("courageously", "pragmatically", "manner", "way"),  # how a side acted (_PRAISED's first branch)
        *("position", "stance", "approach", "attitude", "line"),  # the stance it took (the second)
        *("lot", "deal", "much", "everything"),  # how much it did (the third)
    )
)
"""(s35-speed6) A word each branch of _PRAISED cannot match without, case-blind."""
_ERRED_GATE = _GATES.gate(("mistake", "error", "blunder", "miscalculation", "wrong"))
_CONDEMN_GATE = _GATES.gate(
    (
        # the first word of each of _CONDEMNED's alternatives (or the word it cannot do without)
        *_CONDUCT_VERBS,
        "created",
        "caused",
        "provoked",
        "started",
        "unleashed",
        "triggered",
        "instigated",
        "sparked",
        "ignited",
        "fomented",
        "incited",
        "stirred",
        "whipped",
        "stoked",
        "staged",
        "engineered",
        "organi",
        "orchestrated",
        "sponsored",
        "financed",
        "masterminded",
        "plotted",
        "hiding",
        "concealing",
        "covering",
        "anti-russia",
        "russophobic",
        "hostile",
        "unfriendly",
        "confrontational",
        # what _BAD_FAITH's fault needs
        "listen",
        "hear",
        "take",
        "interested",
        # the deeds of _CLEFT_DEED
        "attacked",
        "broke",
        "violated",
        "destroyed",
        "imposed",
        "sabotaged",
        "wrecked",
        "torpedoed",
        "derailed",
        "blocked",
        "bombed",
        "invaded",
        "annexed",
        "withdrew",
        "abandoned",
        "ignored",
        "refused",
        "rejected",
        "betrayed",
        "deceived",
        "supported",
        "armed",
    )
)
"""A sentence with none of these words holds nothing :func:`conduct_condemned` reads."""
_STANCE_GATE = _GATES.gate(
    (
        "position",
        "stance",
        "approach",
        "line",
        "conduct",
        "behavio",
        "role",
        "contribution",
        "effort",
        "attitude",
        "polic",
    )
)
"""The stance nouns (_STANCE_NOUNS) one of which every stance :func:`_stances` finds names."""

_SAYING = re.compile(
    r"\b(?:said|says|say|noted|notes|stressed|stresses|emphasi[sz]ed|underlined|pointed\s+out|stated|"
    r"believes|believe|believed|recalled|added|remarked|observed|thinks|think|thought)\b"
)

_SIDE_NOUNS = (
    r"(?:\s+(?:side|sides|colleagues|friends|partners|leadership|authorities|government|administration|"
    r"people|delegation))?"
)
_ADVERBS = (
    r"(?:\s+(?:also|really|always|then|certainly|indeed|clearly|truly|actually|eventually|in\s+fact|"
    r"have|has|had|once\s+again|again|already))*"
)


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` starts (after the last ";" or ":" before it)."""
    return max(text.rfind(";", 0, at), text.rfind(":", 0, at)) + 1


def _side_before(view: _View, at: int) -> Unit | None:
    """The named side whose words end right before ``at`` (a side noun and adverbs may stand between) and
    that no preposition governs, or ``None``."""
    lo = _clause_start(view.text, at)
    before = [u for u in view.units if u.end <= at and u.start >= lo]
    if not before:
        return None
    u = before[-1]
    if not u.code or u.kind in _OWN_WORDS:
        return None
    if not re.fullmatch(_SIDE_NOUNS + _ADVERBS + r"\s*", view.text[u.end : at], re.I):
        return None
    if _PREP_BEFORE.search(view.text[lo : u.start]):
        return None
    return u


def _judge(view: _View, at: int) -> tuple[str, ...]:
    """Who judges the conduct told from ``at`` on: the sayer of the clause ("X said that Y ...") or else the
    speaker, when the clause opens there or with a saying or the speaker's own lead-in ("I know that")."""
    lo = _clause_start(view.text, at)
    head = view.text[lo:at]
    for u in reversed([u for u in view.units if u.code and lo <= u.start and u.end <= at]):
        if u.kind in _OWN_WORDS:
            continue
        if _SAYING.search(view.text[u.end : at]):
            return (u.code,) if u.code else ()
        break
    bare = _LEAD_IN.sub("", head).strip(" ,").lower()
    if view.speaker and (not bare or _SAYING.search(head) or bare in _OPENERS or _OWN_VIEW.fullmatch(bare)):
        return (view.speaker,)
    return ()


_LEAD_IN = re.compile(r"\b(?:the|our|their|my|its|these|those)\s*$", re.I)
"""A determiner that opens the side's noun phrase ("the Turkish side", "our Chinese colleagues")."""

_OWN_VIEW = re.compile(
    r"(?:(?:but|and|so|indeed|frankly|honestly),?\s+)?(?:i|we)\s+(?:\w+\s+){0,3}?(?:know|knows|think|believe|"
    r"see|am\s+sure|are\s+sure|am\s+certain|are\s+certain|am\s+convinced|are\s+convinced|must\s+say|"
    r"have\s+to\s+say|should\s+say|can\s+say|want\s+to\s+say|would\s+like\s+to\s+say|note|noted|"
    r"admit|recall|remember|consider)(?:\s+that)?"
)
"""A speaker's own lead-in to a judgement: "I know that", "we believe", "I must say that"."""

_OPENERS = frozenset(
    ("but", "and", "so", "however", "indeed", "frankly", "honestly", "in my view", "i think", "i believe")
)


def _told_as_done(text: str, lo: int, at: int) -> bool:
    """No cue of the future, a wish, a condition, a question or negation in the clause before ``at``."""
    return _NOT_TOLD_AS_DONE.search(text[max(lo, at - 70) : at]) is None


# --- conduct praised ---------------------------------------------------------------------------------------

_GOOD = (
    r"(?:constructive|balanced|responsible|principled|reasonable|pragmatic|wise|positive|friendly|considered|"
    r"independent|objective|sober|courageous|consistent|clear|firm)"
)
"""Adjectives of a stance that praise it."""
_BAD = (
    r"(?:destructive|unconstructive|non-constructive|hostile|aggressive|unfriendly|biased|one-sided|"
    r"provocative|irresponsible|obstructive|confrontational)"
)
"""Adjectives of a stance that condemn it."""

_PRAISED = re.compile(
    r"\s+(?P<verb>(?:acted|behaved|responded|reacted|worked)\s+(?:very\s+|quite\s+|extremely\s+|highly\s+|"
    r"most\s+|really\s+)?(?:responsibly|constructively|wisely|reasonably|prudently|professionally|"
    r"courageously|pragmatically|in\s+a\s+(?:very\s+)?(?:constructive|responsible|balanced|"
    r"friendly|professional)\s+(?:manner|way))\b"
    r"|(?:took|taken|adopted|showed|shown|demonstrated|displayed|maintained|held)\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:very\s+|quite\s+|extremely\s+|highly\s+|most\s+)?" + _GOOD + r"(?:(?:,\s*|\s+and\s+)" + _GOOD + r")?"
    r"\s+(?:position|stance|approach|attitude|line)\b"
    r"|(?:done|did)\s+(?:a\s+lot|a\s+great\s+deal|so\s+much|very\s+much|much|everything\s+possible|"
    r"everything\s+it\s+could|everything\s+they\s+could)\s+(?:to|for)\s)",
    re.I,
)
_PRAISE_WORDS = re.compile(
    r"\b(?:acted|behaved|responded|reacted|worked|took|taken|adopted|showed|shown|demonstrated|displayed|"
    r"maintained|held|done|did)\b",
    re.I,
)


_HARMFUL_AIM = re.compile(
    r"\s*(?:(?:the|this|that|our|their|its)\s+)?(?:\w+\s+){0,2}?(?:destabili[sz]\w*|undermin\w*|destroy\w*|"
    r"provok\w*|provocation\w*|spoil\w*|hamper\w*|prevent\w*|block\w*|disrupt\w*|damag\w*|worsen\w*|"
    r"sabotag\w*|derail\w*|isolat\w*|contain\w*|weaken\w*|discredit\w*|demoni[sz]\w*|escalat\w*|fuel\w*|"
    r"incit\w*|obstruct\w*|torpedo\w*|harm\w*|hurt\w*|stop\w*|thwart\w*|aggravat\w*|exacerbat\w*|"
    r"sow\w*|split\w*|divid\w*|drag\w*|push\w*|draw\w*|impos\w*|deny\w*|denial|conflict|war|chaos|tension\w*)\b",
    re.I,
)
"""What follows "did a lot to|for" when the deed harms ("did a lot to destabilise the region")."""


def _may_judge(view: _View) -> bool:
    """Someone may judge in the sentence: the record has a speaker, or a clause names a sayer."""
    return view.speaker is not None or _names_sayer(view.text)


_SAYER_SEEN: list[tuple[str, bool]] = []
"""(s35-speed6) The last text :func:`_names_sayer` answered for, with its answer (three readers ask)."""


def _names_sayer(text: str) -> bool:
    """Whether ``text`` has a word of saying (:data:`_SAYING`)."""
    if _SAYER_SEEN and _SAYER_SEEN[0][0] == text:
        return _SAYER_SEEN[0][1]
    found = _GATES.may(text, _SAYING_GATE) and _SAYING.search(text) is not None
    _SAYER_SEEN[:] = [(text, found)]
    return found


def _sides_then(view: _View, rx: re.Pattern[str]) -> Iterator[tuple[Unit, str, re.Match[str]]]:
    """Each side of its own (not "we"/"our"), with its code, that ``rx`` matches right after (past its side nouns and adverbs),
    when that side is the last one standing before the match."""
    for u in view.units:
        if not u.code or u.kind in _OWN_WORDS:
            continue
        end = _side_end(view.text, u.end)
        found = rx.match(view.text, end)
        if found is not None and _side_before(view, end) is u:
            yield u, u.code, found


def conduct_praised(view: _View) -> Finding | None:
    """SUPPORT by the judge (:func:`_judge`) of the side whose conduct is praised (see the module)."""
    if not _GATES.may(view.text, _PRAISE_GATE) or not _GATES.may(view.text, _PRAISED_GATE):
        return None
    if not _PRAISE_WORDS.search(view.text):
        return None
    for u, code, found in _sides_then(view, _PRAISED):
        lo = _clause_start(view.text, u.start)
        if not _told_as_done(view.text, lo, found.end("verb")) or _HARMFUL_AIM.match(view.text, found.end()):
            continue
        judge = _judge(view, u.start)
        if not judge or code in judge:
            continue
        roles = Roles(judge, (code,), (u.start, found.end()))
        verb = found["verb"].strip()
        return Finding(
            EventType.SUPPORT, "", roles, Polarity.ASSERTED, found.start("verb"), found.end("verb"), verb
        )
    return None


# --- a side's stance praised, views shared with a side -----------------------------------------------------

_STANCE_NOUNS = r"(?:position|positions|stance|approach|line|conduct|behaviou?r|role|contribution|efforts|attitude|policy)"
_STANCE_OF = re.compile(
    r"\b" + _STANCE_NOUNS + r"\s+(?:of|(?:made|played|taken|shown)\s+by)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
_STANCE_OWNED = re.compile(r"(?:'s|’s|'|’)\s+(?:[\w-]+\s+){0,2}?" + _STANCE_NOUNS + r"\b", re.I)
_STANCE_JUDGED = re.compile(
    r"^(?:\s+(?:on|in|towards?|regarding|to)\s+[^,;:.]{1,60}?)?,?\s+(?:is|was|has\s+been|have\s+been|are|were|"
    r"remains|remained)\s+(?:(?:very|extremely|quite|absolutely|highly|well|truly|most|always|also|greatly|much|deeply|widely|sincerely)\s+)*"
    r"(?P<verb>balanced|constructive|responsible|principled|reasonable|pragmatic|wise|commendable|"
    r"invaluable|praiseworthy|admirable|courageous|clear\s+and\s+consistent|consistent\s+and\s+principled|"
    r"appreciated|valued|welcomed|praised|commended|respected)\b"
    r"|^(?:\s+(?:on|in|towards?|regarding|to)\s+[^,;:.]{1,60}?)?,?\s+(?P<deserve>deserves?|merits?)\s+"
    r"(?:\w+\s+){0,2}?(?:respect|support|praise|recognition|gratitude|admiration)\b",
    re.I,
)


def stance_praised(view: _View) -> Finding | None:
    """SUPPORT by the speaker (or the clause's sayer) of the side whose stance or role is judged sound: "the
    position of the Chinese leadership is well balanced", "Israel's approach deserves respect"."""
    for code, start, end in _stances(view):
        judged = _STANCE_JUDGED.match(view.text[end:])
        if judged is None:
            continue
        lo = _clause_start(view.text, start)
        word = "verb" if judged["verb"] else "deserve"
        at = end + judged.start(word)
        if not _told_as_done(view.text, lo, at):
            continue
        judge = _judge(view, start)
        if not judge or code in judge:
            continue
        roles = Roles(judge, (code,), (start, end + judged.end()))
        return Finding(
            EventType.SUPPORT, "", roles, Polarity.ASSERTED, at, end + judged.end(word), judged[word]
        )
    return None


_SAME_MIND = re.compile(
    r"\b(?:we|I)\s+(?:are|am|were|was)\s+(?:(?:fully|completely|entirely|absolutely|largely|also)\s+)?"
    r"(?P<verb>in\s+(?:full\s+|complete\s+|total\s+)?agreement|of\s+(?:one|the\s+same)\s+mind|"
    r"on\s+the\s+same\s+page|on\s+the\s+same\s+wavelength)\s+with\s+"
    r"|\b(?:we|I)\s+(?:have|share|reached|achieved)\s+(?:a\s+|the\s+)?(?:(?:very|fully|largely)\s+)?"
    r"(?P<common>common|mutual|shared|full|complete|similar)\s+(?:understanding|views?|vision|approach|approaches|"
    r"positions?|assessments?)\s+(?:\w+\s+){0,3}?with\s+"
    r"|\b(?:our|my)\s+(?P<ours>positions?|views|approaches|assessments|stances)\s+(?:with|and\s+those\s+of)\s+",
    re.I,
)
_COINCIDE = re.compile(
    r"^(?:\s+(?:on|in|regarding|towards?|concerning)\s+[^,;:.]{1,60}?)?,?\s+(?:(?:largely|fully|completely|"
    r"practically|almost|often|mostly|very\s+much)\s+)?(?:coincide|converge|are\s+(?:very\s+|extremely\s+)?"
    r"(?:close|similar|identical|the\s+same|in\s+line))\b",
    re.I,
)


def same_mind(view: _View) -> Finding | None:
    """AGREE of the speaker and the side it says it agrees with: "we are in full agreement with X", "we have
    a common understanding with X on ...", "our positions with X coincide" (both sides, no target)."""
    speaker = view.speaker
    if speaker is None:
        return None
    for m in _SAME_MIND.finditer(view.text):
        partner = _partner_after(view, m.end(), speaker)
        if not partner:
            continue
        if m["ours"] and not _COINCIDE.match(view.text[_side_end(view.text, partner[-1].end) :]):
            continue
        lo = _clause_start(view.text, m.start())
        if not _told_as_done(view.text, lo, m.start() + 1) or re.search(r"\b(?:not|never|no)\b", m.group(0)):
            continue
        sides = (speaker, *dict.fromkeys(u.code for u in partner if u.code))
        roles = Roles(tuple(sides), (), (m.start(), partner[-1].end), mutual=True)
        trigger = " ".join(m.group(0).split())
        return Finding(EventType.AGREE, "", roles, Polarity.ASSERTED, m.start(), m.end(), trigger)
    return None


_RESOLVED_TO = re.compile(
    r"\b(?:we|I)\s+(?:are|am|remain)\s+(?:(?:fully|firmly|absolutely|also|still)\s+)?(?P<verb>determined|resolved|"
    r"committed|prepared|resolute|keen|eager)\s+to\s+(?:(?:continue|go\s+on)\s+(?:to\s+)?)?(?:further\s+)?"
    r"(?:develop\w*|strengthen\w*|expand\w*|deepen\w*|broaden\w*|build\w*|work\w*|cooperat\w*|promot\w*|"
    r"enhanc\w*|boost\w*|step\w*\s+up|interact\w*)\b[^.;:?!]{0,60}?\bwith\s+",
    re.I,
)


def resolved_to_cooperate(view: _View) -> Finding | None:
    """AGREE from the speaker to the side it is "determined", "committed" or "prepared" to work with: "we
    are determined to strengthen our partnership with X", "we are prepared to work together with X"."""
    speaker = view.speaker
    m = _RESOLVED_TO.search(view.text) if speaker is not None else None
    if m is None or speaker is None:
        return None
    partner = _partner_after(view, m.end(), speaker)
    if not partner or re.search(r"\b(?:not|never|no)\b", view.text[max(0, m.start() - 25) : m.end()]):
        return None
    target = tuple(dict.fromkeys(u.code for u in partner if u.code))
    roles = Roles((speaker,), target, (m.start(), partner[-1].end))
    return Finding(EventType.AGREE, "", roles, Polarity.ASSERTED, m.start("verb"), m.end("verb"), m["verb"])


# --- talks the speaker tells of -------------------------------------------------------------------------------

_PAIR_TALKED = re.compile(
    r"\s+and\s+(?:I|we)\s+(?:(?:have|had|also|already|often|repeatedly|just)\s+)*(?P<verb>talked|spoke|spoken|"
    r"conferred|chatted|talk|speak)\b",
)
_SAID_TO = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:(?:have|had|also|already|often|repeatedly|always|just|then|once\s+again|personally|"
    r"directly)\s+)*(?P<verb>explained|said|stated|repeated|reiterated|conveyed|made\s+it\s+clear|pointed\s+out|"
    r"spelled\s+out|spelt\s+out)\s+(?:(?:this|it|that|all\s+this|everything|our\s+position|our\s+concerns|"
    r"our\s+view|the\s+same|so)\s+)?(?:(?:directly|personally|frankly|openly|publicly|repeatedly|"
    r"many\s+times|once\s+again)\s+)?to\s+",
)
_SPOKEN_WITH = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:(?:have|had|also|already|often|repeatedly|always|just|then|once\s+again|"
    r"personally|directly)\s+)*(?P<verb>spoken|spoke|talked|conferred)\s+(?:(?:about|on|of)\s+"
    r"[^.;,()?!]{2,50}?\s+)?(?:(?:at\s+length|in\s+detail|many\s+times|more\s+than\s+once|repeatedly|"
    r"several\s+times|again|personally|directly|by\s+phone|on\s+the\s+phone)\s+)?with\s+",
)
_RAISED_IN = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:(?:have|had|also|already|often|repeatedly|always|just|then)\s+)*(?P<verb>raised|"
    r"discussed|mentioned|brought\s+up|touched\s+(?:on|upon))\s+[^.;?!]{0,50}?\b(?:in|during|at)\s+"
    r"(?:my|our)\s+(?:(?:recent|last|numerous|many|regular|several|telephone|phone|personal)\s+)?"
    r"(?:talks|meetings?|conversations?|contacts|discussions?)\s+with\s+",
)


def talked_to(view: _View) -> Finding | None:
    """CONSULT the speaker tells of: "Angela Merkel and I talked about it" (both sides), "I explained to
    X that ...", "I said this to X directly", "I have spoken about this with X", "I raised this issue in my
    talks with X" (the speaker to X)."""
    speaker = view.speaker
    if speaker is None:
        return None
    for u in view.units:
        if not u.code or u.kind in _OWN_WORDS or u.code == speaker:
            continue
        m = _PAIR_TALKED.match(view.text, _side_end(view.text, u.end))
        if m is None:
            continue
        lo = _clause_start(view.text, u.start)
        if not _told_as_done(view.text, lo, m.start("verb")) or m["verb"] in ("talk", "speak"):
            continue
        roles = Roles((u.code, speaker), (), (u.start, m.end()), mutual=True)
        return Finding(
            EventType.CONSULT, "", roles, Polarity.ASSERTED, m.start("verb"), m.end("verb"), m["verb"]
        )
    for rx in (_SAID_TO, _SPOKEN_WITH, _RAISED_IN):
        for m in rx.finditer(view.text):
            partner = _partner_after(view, m.end(), speaker)
            if not partner:
                continue
            lo = _clause_start(view.text, m.start())
            if not _told_as_done(view.text, lo, m.start("verb")):
                continue
            target = tuple(dict.fromkeys(u.code for u in partner if u.code))
            roles = Roles((speaker,), target, (m.start(), partner[-1].end))
            verb = " ".join(m["verb"].split())
            return Finding(
                EventType.CONSULT, "", roles, Polarity.ASSERTED, m.start("verb"), m.end("verb"), verb
            )
    return None


# --- a readout's agenda told in the passive -------------------------------------------------------------------

_AGENDA = re.compile(
    r"^(?:(?:Other|Further|Additional|Among\s+the)\s+)?(?:issues|topics|matters|questions|subjects)\s+"
    r"(?:under\s+discussion|discussed|on\s+the\s+agenda|raised|considered|addressed)\s+(?:were|included)\b"
    r"|\s(?:was|were)\s+(?:also\s+|likewise\s+|again\s+)?(?P<verb>considered|examined|reviewed|"
    r"emphasi[sz]ed|stressed|highlighted|underlined|addressed|raised|covered|mentioned|noted|touched\s+upon|"
    r"on\s+the\s+agenda|under\s+discussion|the\s+focus|a\s+focus|in\s+focus)\b"
    r"|^It\s+was\s+(?:also\s+)?(?P<noted>noted|stressed|emphasi[sz]ed|pointed\s+out|underlined)\s+that\b",
)
_AGENDA_SUBJECT = re.compile(
    r"\b(?:issues?|questions?|matters?|topics?|prospects|situation|implementation|development|cooperation|"
    r"relations|ties|interaction|plans?|projects?|importance|progress|agenda|problems?|aspects?|state|"
    r"preparations|results|trade|energy|security)\b",
    re.I,
)


_AHEAD = re.compile(
    r"\b(?:will|would|shall|could|might|may|should|must|if|not|never|next|upcoming)\b|n't|\?", re.I
)
"""A cue that the agenda is one ahead, hoped for or denied."""


def agenda_told(view: _View, events: Sequence[Event]) -> Finding | None:
    """CONSULT of the meeting's sides for a readout's agenda told with no one named: "Other issues under
    discussion were ...", "Topical issues of bilateral relations were considered", "The further
    implementation of the plans was emphasised", "It was noted that ..."; only in a sentence with no
    speaker that reads nothing else, in the report of a meeting whose sides are known. (With no sides known
    the talks are not coded: a CONSULT with no one in it was tried and cost the Kremlin sets' source
    accuracy more than it gave.)"""
    sides = tuple(dict.fromkeys(view.participants))
    if len(sides) < 2 or not view.reported_meeting or events or view.speaker is not None:
        return None
    m = _AGENDA.search(view.text)
    if m is None:
        return None
    if m.group("verb") and not _AGENDA_SUBJECT.search(view.text[: m.start()]):
        return None
    if m.group("verb") and [u for u in view.units if u.code and u.end <= m.start()]:
        return None  # "X's plans were noted": a side is named, the readers of its own words decide
    if _AHEAD.search(view.text[: m.start() + 1]) or re.search(r"\b(?:not|never)\b", m.group(0)):
        return None
    roles = Roles(sides, (), (0, m.end()), mutual=True)
    word = m.group("verb") or m.group("noted") or "discussion"
    return Finding(
        EventType.CONSULT, "", roles, Polarity.ASSERTED, m.start(), m.end(), " ".join(word.split())
    )


# --- a side said to be wrong --------------------------------------------------------------------------------

_ERRED = re.compile(
    r"\s+(?P<verb>(?:made|makes|make|is\s+making|are\s+making|was\s+making|were\s+making)\s+"
    r"(?:a\s+|an\s+|the\s+|one\s+)?(?:very\s+|really\s+)?(?:big|huge|serious|grave|major|terrible|fatal|"
    r"colossal|strategic|historic|great|gross|tragic|crude|obvious|fundamental|systemic)?\s*"
    r"(?:mistake|mistakes|error|errors|blunder|miscalculation)\b"
    r"|(?:made|makes|make|chose|chosen|choose|took|taken|picked)\s+(?:a\s+|the\s+)?wrong\s+"
    r"(?:choice|decision|path|road|side|course)\b"
    r"|(?:was|were|is|are)\s+(?:absolutely\s+|completely\s+|simply\s+|deeply\s+|clearly\s+)?"
    r"(?:wrong|mistaken)\b(?!\s+(?:about|to\s+think|to\s+believe|to\s+say)))",
    re.I,
)
_ERRED_WORDS = re.compile(r"\b(?:mistakes?|errors?|blunder|miscalculation|wrong|mistaken)\b", re.I)
_MISTAKE_OF = re.compile(
    r"\b(?:a|an|the)\s+(?:big\s+|huge\s+|serious\s+|grave\s+|major\s+|terrible\s+|fatal\s+|colossal\s+|"
    r"strategic\s+|historic\s+|great\s+)?(?P<verb>mistake|error|blunder|miscalculation)\s+"
    r"(?:made\s+)?(?:by|on\s+the\s+part\s+of)\s+(?=(?:the\s+|our\s+)?[A-Z])",
    re.I,
)


def mistake_made(view: _View) -> Finding | None:
    """ACCUSE/disapprove by the judge of the side said to have made a mistake or the wrong choice."""
    # (s35-speed6) the word gate first: it is the cheaper of the two tests, and both must hold
    if not _GATES.may(view.text, _ERRED_GATE) or not _may_judge(view):
        return None
    if not _ERRED_WORDS.search(view.text):
        return None
    for u, code, found in _sides_then(view, _ERRED):
        lo = _clause_start(view.text, u.start)
        if not _told_as_done(view.text, lo, found.end("verb")):
            continue
        judge = _judge(view, u.start)
        if not judge or code in judge:
            continue
        roles = Roles(judge, (code,), (u.start, found.end()))
        return Finding(
            EventType.ACCUSE,
            "disapprove",
            roles,
            Polarity.ASSERTED,
            found.start("verb"),
            found.end(),
            "mistake",
        )
    return _mistake_of(view)


_CONDEMNED = re.compile(
    r"\s+(?P<verb>(?:acted|behaved|responded|reacted)\s+(?:very\s+|quite\s+|extremely\s+|highly\s+|"
    r"completely\s+|absolutely\s+|totally\s+|utterly\s+|simply\s+)?(?:irresponsibly|aggressively|"
    r"provocatively|recklessly|destructively|unprofessionally|arrogantly|rudely|cynically|"
    r"in\s+a\s+(?:very\s+|completely\s+|absolutely\s+|totally\s+)?(?:unacceptable|irresponsible|"
    r"aggressive|provocative|destructive|unfriendly|hostile|reckless|cynical|rude|arrogant)\s+(?:manner|way))\b"
    r"|(?:took|taken|adopted|showed|shown|demonstrated|displayed|maintained|held)\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:very\s+|quite\s+|extremely\s+|highly\s+|completely\s+|absolutely\s+)?"
    + _BAD
    + r"(?:(?:,\s*|\s+and\s+)"
    + _BAD
    + r")?\s+(?:position|stance|approach|attitude|line)\b"
    r"|(?:created|caused|provoked|started|unleashed|triggered|instigated|sparked|ignited|fomented|"
    r"incited|stirred\s+up|whipped\s+up|stoked|created\s+and\s+fuelled)\s+(?:this|the|that|these|"
    r"those|a|all\s+this|all\s+these|all\s+the)\s+(?:\w+\s+){0,2}?(?:problem|problems|crisis|crises|"
    r"conflict|conflicts|war|wars|chaos|mess|bloodshed|tragedy|confrontation|tension|tensions|"
    r"escalation|hostilities|unrest|turmoil|coup|hysteria|disaster|catastrophe)\b"
    r"|(?:staged|engineered|organi[sz]ed|orchestrated|sponsored|financed|masterminded|plotted)\s+"
    r"(?:a|the|this|that)\s+(?:\w+\s+)?(?:coup|putsch|coup\s+d'(?:e|é)tat|provocation|provocations)\b"
    r"|(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:hiding|concealing|covering\s+up)\s+"
    r"(?:the\s+)?(?:truth|facts|evidence|crimes?)\b"
    r"|(?:pursu\w+|follow\w*|conduct\w*|carr\w+\s+out|wag\w+)\s+(?:an?\s+|the\s+|their\s+|its\s+)?"
    r"(?:(?:openly|overtly|aggressive|blatantly)\s+)?(?:anti-Russian|anti-Russia|Russophobic|hostile|"
    r"unfriendly|confrontational)\s+(?:policy|policies|course|line|campaign|campaigns|rhetoric)\b)",
    re.I,
)
_BAD_FAITH = re.compile(
    r"\s+(?P<verb>(?:(?:do|does|did|are|is|were|was|have|has)\s+(?:not|never)|(?:don't|doesn't|didn't|"
    r"aren't|isn't|weren't|wasn't|haven't|hasn't)|(?:refused|refuse|refuses)\s+to)\s+(?:\w+\s+)?"
    r"(?:listen(?:ed|ing)?\s+to\s+(?:us|our\s+\w+|Russia)|hear(?:d|ing)?\s+(?:us|our\s+\w+|Russia)|"
    r"want(?:ed)?\s+to\s+(?:listen|hear)|take\s+(?:us|our\s+\w+)\s+(?:into\s+account|seriously)|"
    r"interested\s+in\s+(?:peace|a\s+settlement|settling|resolving|dialogue|negotiations|ending|"
    r"a\s+(?:peaceful|political)\s+(?:settlement|solution))))\b",
    re.I,
)
"""A side said not to listen to the speaker's side or not to want peace ("our partners are not listening
to us", "Kiev is not interested in a settlement")."""
_STANCE_FAULTED = re.compile(
    r"^(?:\s+(?:on|in|towards?|regarding|to)\s+[^,;:.]{1,60}?)?,?\s+(?:is|was|has\s+been|have\s+been|are|were|"
    r"remains|remained)\s+(?:(?:very|extremely|quite|absolutely|completely|totally|simply|utterly|deeply|"
    r"also)\s+)*(?P<verb>absurd|destructive|hypocritical|irresponsible|counterproductive|provocative|"
    r"aggressive|illogical|cynical|unfriendly|hostile|groundless|senseless|biased|one-sided|inconsistent|"
    r"contradictory|shameful)\b",
    re.I,
)
_CLEFT = re.compile(r"\b[Ii]t\s+(?:was|is)\s+(?:precisely\s+|exactly\s+|actually\s+|in\s+fact\s+)?(?=\S)")
_CLEFT_DEED = re.compile(
    r"\s+(?:who|that|which)\s+(?:first\s+|actually\s+|then\s+)?(?P<verb>started|unleashed|"
    r"organi[sz]ed|orchestrated|provoked|instigated|attacked|broke|violated|destroyed|imposed|staged|"
    r"sabotaged|wrecked|torpedoed|derailed|blocked|bombed|invaded|annexed|withdrew|abandoned|ignored|"
    r"refused|rejected|betrayed|deceived|supported\s+the\s+coup|sponsored|financed|armed|created\s+the)\b",
    re.I,
)


def conduct_condemned(view: _View) -> Finding | None:
    """ACCUSE/disapprove by the judge of the side whose conduct is condemned: it acted irresponsibly, took
    a destructive position, caused the crisis, or a cleft "it was X who started ..." names it."""
    if not _GATES.may(view.text, _CONDEMN_GATE):
        return None
    for u in view.units:
        if not u.code or u.kind in _OWN_WORDS:
            continue
        end = _side_end(view.text, u.end)
        found = _CONDEMNED.match(view.text, end)
        cleft = None
        faith = _BAD_FAITH.match(view.text, end) if found is None else None
        if faith is not None and _side_before(view, end) is u:
            judged = _faulted(view, u, faith, (u.start, faith.end()))
            if judged is not None:
                return judged
            continue
        if found is None:
            cleft = _CLEFT_DEED.match(view.text, end)
            if cleft is None:
                continue  # (s35-speed6: before the search for the cleft's opening, which needs one)
            opened = [
                m
                for m in _CLEFT.finditer(view.text)
                if m.end() <= u.start and _cleft_opens(view.text, m.end(), u)
            ]
            if not opened:
                continue
            found = cleft
        elif _side_before(view, end) is not u:
            continue
        lo = _clause_start(view.text, u.start)
        if not _told_as_done(view.text, lo, found.end("verb")):
            continue
        judge = _judge(view, u.start) if cleft is None else ((view.speaker,) if view.speaker else ())
        if not judge or u.code in judge:
            continue
        roles = Roles(judge, (u.code,), (u.start, found.end()))
        verb = " ".join(found["verb"].split())
        return Finding(
            EventType.ACCUSE,
            "disapprove",
            roles,
            Polarity.ASSERTED,
            found.start("verb"),
            found.end("verb"),
            verb,
        )
    return None


def _faulted(view: _View, side: Unit, m: re.Match[str], span: tuple[int, int]) -> Finding | None:
    """ACCUSE by the judge of ``side`` for the fault ``m`` (its own negation is the fault, so only the
    words before the side are checked for a condition, the future or a question)."""
    lo = _clause_start(view.text, side.start)
    if not _told_as_done(view.text, lo, side.start) or re.search(
        r"\b(?:if|will|would|may|might)\b", m.group(0)
    ):
        return None
    judge = _judge(view, side.start)
    if not judge or side.code in judge or not side.code:
        return None
    roles = Roles(judge, (side.code,), span)
    verb = " ".join(m["verb"].split())
    return Finding(
        EventType.ACCUSE, "disapprove", roles, Polarity.ASSERTED, m.start("verb"), m.end("verb"), verb
    )


def stance_faulted(view: _View) -> Finding | None:
    """ACCUSE by the speaker (or the clause's sayer) of the side whose stance is judged unsound: "the
    position of the United States is absurd", "Japan's approach is counterproductive"."""
    for code, start, end in _stances(view):
        faulted = _STANCE_FAULTED.match(view.text[end:])
        if faulted is None:
            continue
        lo = _clause_start(view.text, start)
        if not _told_as_done(view.text, lo, end + faulted.start("verb")):
            continue
        judge = _judge(view, start)
        if not judge or code in judge:
            continue
        roles = Roles(judge, (code,), (start, end + faulted.end()))
        at, stop = end + faulted.start("verb"), end + faulted.end("verb")
        return Finding(EventType.ACCUSE, "disapprove", roles, Polarity.ASSERTED, at, stop, faulted["verb"])
    return None


def _stances(view: _View) -> Iterator[tuple[str, int, int]]:
    """Each side (its code) whose stance the sentence names, with where its words start and end: "X's position",
    "the position of X" (none when there is neither a speaker nor a sayer to judge it)."""
    if not _GATES.may(view.text, _STANCE_GATE) or not _may_judge(view):
        return
    for u in view.units:
        if not u.code or u.kind in _OWN_WORDS:
            continue
        owned = _STANCE_OWNED.match(view.text, u.end)
        if owned is not None:
            yield u.code, u.start, owned.end()
            continue
        lo = _clause_start(view.text, u.start)
        of = _STANCE_OF.search(view.text[lo : u.start])
        if of is not None:
            yield u.code, lo + of.start(), _side_end(view.text, u.end)


def _cleft_opens(text: str, at: int, side: Unit) -> bool:
    """The cleft's "it was" stands right before ``side`` (an article or "our" may stand between)."""
    return re.fullmatch(r"(?:the\s+|our\s+|their\s+)?", text[at : side.start], re.I) is not None


_SIDE_WORDS = re.compile(_SIDE_NOUNS + _ADVERBS, re.I)


def _side_end(text: str, end: int) -> int:
    """Where the words of a side that ends at ``end`` stop, with a side noun and adverbs after it."""
    m = _SIDE_WORDS.match(text, end)
    return m.end() if m else end


def _mistake_of(view: _View) -> Finding | None:
    """A mistake "on the part of X" or "made by X" ("it was a grave mistake on the part of X"): X erred."""
    m = _MISTAKE_OF.search(view.text)
    if m is None or view.speaker is None:
        return None
    side = [
        u for u in view.units if u.code and u.kind not in _OWN_WORDS and m.end() <= u.start <= m.end() + 8
    ]
    if not side or side[0].code == view.speaker:
        return None
    lo = _clause_start(view.text, m.start())
    if not _told_as_done(view.text, lo, m.start()):
        return None
    code = side[0].code or ""
    roles = Roles((view.speaker,), (code,), (m.start(), side[0].end))
    return Finding(
        EventType.ACCUSE, "disapprove", roles, Polarity.ASSERTED, m.start("verb"), m.end(), m["verb"]
    )


# --- work done side by side ---------------------------------------------------------------------------------

_WITH = r"(?:together|jointly|along|hand\s+in\s+hand|in\s+cooperation|in\s+conjunction|in\s+partnership)\s+with\s+"
_FRONTED_WITH = re.compile(r"(?:^|[;:]\s*|\b(?:and|but|so)\s+)(?P<with>" + _WITH + r"|[Ww]ith\s+)", re.I)
_LATE_WITH = re.compile(r"\b(?P<with>" + _WITH + r")", re.I)
_WE_AND = re.compile(
    r"(?:^|[;:,]\s*|\b(?:and|but|so)\s+)(?P<with>[Ww]e\s+and\s+)(?=(?:our\s+|the\s+)?[A-Z\w])"
)
_TALK_VERBS = re.compile(
    r"\b(?:discuss\w*|talk\w*|spoke|speak\w*|met|meet\w*|agree\w*|sign\w*|consult\w*|negotiat\w*|"
    r"exchang\w*|condemn\w*|call\w*|urg\w*|adopt\w*|approv\w*|support\w*|welcom\w*|decid\w*|vot\w*|"
    r"visit\w*|celebrat\w*|commemorat\w*|remember\w*|honou?r\w*|share|shares|shared|"
    r"believe\w*|think|thought|see|saw|know|knew|want\w*|hope\w*|propos\w*|offer\w*|suggest\w*|"
    r"stand|stood|oppos\w*|stat\w*|declar\w*|announc\w*|confirm\w*|reaffirm\w*)\b",
    re.I,
)
_DEED_VERBS = re.compile(
    r"\b(?:are|is|were|was|have\s+been|has\s+been)?\s*(?P<deed>(?:work|worked|working|works|build|built|"
    r"building|builds|develop|developed|developing|develops|implement|implemented|implementing|implements|"
    r"launch|launched|launching|create|created|creating|creates|carry|carried|carrying|do|did|done|doing|"
    r"produce|produced|producing|construct|constructed|constructing|conduct|conducted|conducting|fight|"
    r"fought|fighting|set|setting|establish|established|establishing|open|opened|opening|organise|organised|"
    r"organising|organize|organized|organizing|run|ran|running|manage|managed|managing|achieve|achieved|"
    r"achieving|restore|restored|restoring|resolve|resolved|resolving|settle|settled|settling|help|helped|"
    r"helping|ensure|ensured|ensuring|prevent|prevented|preventing|defeat|defeated|defeating|combat|"
    r"combated|combating|explore|explored|exploring|train|trained|training|hold|held|holding|make|made|"
    r"making|invest|invested|investing|supply|supplied|supplying|manufacture|manufactured|manufacturing)\b)",
    re.I,
)


_PARTNER_LEAD = re.compile(
    r"(?:(?:the|our|my|their|its|all|many|most|some|other|fellow|close|old|good|dear|long-standing|reliable|"
    r"friendly|neighbouring|neighboring)\s+){0,3}"
    r"(?:(?:partners|colleagues|friends|counterparts)\s+(?:in|from)\s+(?:the\s+)?)?",
    re.I,
)


def _partner_after(view: _View, at: int, speaker: str) -> list[Unit]:
    """The named sides right after ``at`` (one noun phrase joined by "and"), none of them the speaker and the
    first a state or an organisation; only articles, a few adjectives and "partners in" may stand before
    it ("with the help of X" is not read)."""
    first = [u for u in view.units if u.code and u.kind not in _OWN_WORDS and at <= u.start <= at + 22][:1]
    if not first or not _PARTNER_LEAD.fullmatch(view.text[at : first[0].start]):
        return []
    if not (first[0].code or "").isupper():
        return []  # a group ("journalists", "veterans") is no side to work or talk with
    out = [first[0]]
    for u in view.units:
        if (
            u.code
            and u.kind not in _OWN_WORDS
            and u.start > out[-1].end
            and re.fullmatch(r",?\s+(?:and\s+)?(?:the\s+|our\s+)?", view.text[out[-1].end : u.start])
        ):
            out.append(u)
    if any(u.code == speaker for u in out):
        return []
    return out


def done_together(view: _View, events: Sequence[Event]) -> Finding | None:
    """COOPERATE from the speaker to the side it works with (see the module): "together with X, we ...",
    "we ... jointly with X", "we and X are building ..."."""
    speaker = view.speaker
    if speaker is None or not _WE.search(view.text) or not _TOGETHER_WORDS.search(view.text):
        return None
    sided = {c for e in events for c in (*e.source, *e.target)}
    for rx in (_FRONTED_WITH, _WE_AND, _LATE_WITH):
        for m in rx.finditer(view.text):
            partner = _partner_after(view, m.end(), speaker)
            if not partner or {u.code for u in partner} & sided:
                continue
            deed = _fronted_deed(view, partner) if rx is not _LATE_WITH else _deed_before(view, m.start())
            if deed is None:
                continue
            target = tuple(dict.fromkeys(u.code for u in partner if u.code))
            roles = Roles((speaker,), target, (m.start("with"), partner[-1].end))
            trigger = " ".join(m["with"].split())
            return Finding(
                EventType.COOPERATE, "", roles, Polarity.ASSERTED, m.start("with"), m.end("with"), trigger
            )
    return None


_WE = re.compile(r"\b(?:[Ww]e|I)\b")
_TOGETHER_WORDS = re.compile(
    r"\b(?:together|jointly|along|hand|cooperation|conjunction|partnership|we\s+and|with)\b", re.I
)
_WE_THEN = re.compile(
    r"(?:\s+(?:side|colleagues|friends|partners|leadership|authorities|government))?,?\s+"
    r"(?:(?:[\w-]+\s+){0,4}?(?:we|I)\b)?"
)


def _fronted_deed(view: _View, partner: list[Unit]) -> int | None:
    """Where the deed of "Together with X, we <deed>" / "We and X <deed>" ends, when "we" does a deed (no
    talks, stance or signature) told as done in that clause."""
    text = view.text
    at = partner[-1].end
    if re.match(
        r"(?:'s|’s|'|’)|\s+(?:support|help|assistance|participation|aid|backing|consent)\b", text[at:]
    ):
        return None  # "with Russia's help we built ...": help received, not work side by side
    we = _WE_THEN.match(text, at)
    if we is None:
        return None
    hi = min([k for k in (text.find(c, we.end()) for c in ".;:?!") if k != -1] or [len(text)])
    words = text[we.end() : hi][:70]
    deed = _DEED_VERBS.match(words) or _DEED_VERBS.search(words[:40])
    if deed is None or _TALK_VERBS.search(words[: deed.end("deed")]):
        return None
    lo = _clause_start(text, partner[0].start)
    head = text[lo : partner[0].start] + " " + text[at : we.end() + deed.end("deed")]
    if _NOT_TOLD_AS_DONE.search(head):
        return None
    return we.end() + deed.end("deed")


def _deed_before(view: _View, at: int) -> int | None:
    """Where the deed of "we <deed> ... together with X" ends, when "we" is the clause's subject and its verb
    is a deed told as done (no talks, stance or signature)."""
    text = view.text
    lo = _clause_start(text, at)
    head = text[lo:at]
    we = [m for m in _WE.finditer(head)]
    if not we:
        return None
    after = head[we[-1].end() :]
    deed = _DEED_VERBS.search(after[:40])
    if deed is None or _TALK_VERBS.search(after) or _NOT_TOLD_AS_DONE.search(head):
        return None
    if re.search(r",\s*(?:which|who|that)\b", after):
        return None
    return lo + we[-1].end() + deed.end("deed")


# --- a group's act told with "including X" ------------------------------------------------------------------

_GROUP_ACT = re.compile(
    r"^(?:(?:By\s+the\s+way|Indeed|Moreover|However|But|And|So),?\s+)?(?P<group>(?:a\s+(?:number|host)\s+of|"
    r"many|several|some|most|numerous|dozens\s+of|a\s+lot\s+of)\s+(?:other\s+)?(?:countries|states|"
    r"nations|governments|members|partners))\s+(?:have\s+|had\s+|also\s+|then\s+|openly\s+|publicly\s+)*"
    r"(?P<verb>supported|backed|endorsed|welcomed|condemned|critici[sz]ed|denounced)\s+"
    r"(?P<obj>[^,;:]{1,80}?),\s+including\s+(?:(?:NATO|EU|European|Western|Asian|African|"
    r"Latin\s+American)\s+(?:members|countries|states)\s+(?:such\s+as|like)\s+)?",
    re.I,
)


def group_including(view: _View) -> Finding | None:
    """SUPPORT (or ACCUSE for "condemned") by the named sides a group's act includes: "a number of
    countries supported us, including Germany and France" is Germany's and France's support of the
    speaker's side."""
    m = _GROUP_ACT.search(view.text) if "including" in view.text else None
    if m is None:
        return None
    named = _partner_after(view, m.end(), "")
    if not named:
        return None
    source = tuple(dict.fromkeys(u.code for u in named if u.code))
    lo, hi = m.start("obj"), m.end("obj")
    target_units = [u for u in view.units if u.code and lo <= u.start and u.end <= hi]
    target = tuple(dict.fromkeys(u.code for u in target_units if u.code))
    if not target_units and view.speaker and re.search(r"\b(?:us|our)\b", m["obj"]):
        target = (view.speaker,)
    if not target or set(source) & set(target):
        return None
    verb = m["verb"].lower()
    kind = EventType.ACCUSE if verb.startswith(("condemn", "critici", "denounc")) else EventType.SUPPORT
    mode = "disapprove" if kind is EventType.ACCUSE else ""
    roles = Roles(source, target, (m.start("group"), named[-1].end))
    return Finding(kind, mode, roles, Polarity.ASSERTED, m.start("verb"), m.end("verb"), verb)


# --- support of "our proposal" ----------------------------------------------------------------------------

_OWN_OBJECT = re.compile(
    r"^[\w-]*(?:\s+(?:fully|also|strongly|actively|unanimously|immediately|then|publicly|openly))?\s+"
    r"(?:to\s+)?(?:our|my)\s+(?:own\s+)?(?:[\w-]+\s+)?(?P<noun>proposals?|initiatives?|positions?|ideas?|"
    r"plans?|efforts|approach(?:es)?|stance|draft|resolution|offer|request|candidacy|bid|application|"
    r"concept|projects?|peace\s+plan|line)\b",
    re.I,
)
_KIND_OF_OWN = frozenset((EventType.SUPPORT, EventType.AGREE))


def own_object(view: _View, events: list[Event]) -> list[Event]:
    """``events`` with the speaker as the target of another side's support of "our proposal", "my
    initiative", "our position" ("China supported our proposal", "Turkey accepted our offer") when the
    reading left the target empty."""
    speaker = view.speaker
    if speaker is None or not re.search(r"\b(?:our|my)\b", view.text, re.I):
        return events
    out: list[Event] = []
    for e in events:
        said = _SAYING.search(view.text[_clause_start(view.text, e.anchor[0]) : e.anchor[0]])
        if e.event in _KIND_OF_OWN and not e.target and e.source and speaker not in e.source and not said:
            m = _OWN_OBJECT.match(view.text[e.anchor[0] :])
            lo, hi = e.anchor[0], e.anchor[0] + (m.end() if m else 0)
            if m is not None and not [
                u for u in view.units if u.code and u.kind not in _OWN_WORDS and lo < u.start < hi
            ]:
                e = dataclasses.replace(e, target=(speaker,))
        out.append(e)
    return out


# --- the pass ---------------------------------------------------------------------------------------------


def settled(view: _View, events: list[Event], finish: Finish) -> list[Event]:
    """``events`` with the readings of this module added, each only when no event of its type with a source
    is there (one of its type with no source gives way to the reading)."""
    out = own_object(view, list(events))
    if not any(e.source for e in out):
        out = _with(out, finish(group_including(view)))
    readings: tuple[tuple[EventType, Callable[[], Finding | None]], ...] = (
        (EventType.AGREE, lambda: same_mind(view) or resolved_to_cooperate(view)),
        (EventType.SUPPORT, lambda: conduct_praised(view) or stance_praised(view)),
        (EventType.ACCUSE, lambda: mistake_made(view) or conduct_condemned(view) or stance_faulted(view)),
        (EventType.COOPERATE, lambda: done_together(view, out)),
        (EventType.CONSULT, lambda: talked_to(view) or agenda_told(view, out)),
    )
    # (s35-speed6) the AGREE and COOPERATE readers read only the speaker's words, the CONSULT ones the
    # speaker's or a reported meeting's: with neither, they find nothing
    skipped = (
        () if view.speaker is not None else _SPEAKER_ONLY if view.reported_meeting else _SPEAKER_OR_MEETING
    )
    for kind, read in readings:
        if kind in skipped:
            continue
        if not any(e.event is kind and e.source for e in out):
            out = _with(out, finish(read()))
    return out


_SPEAKER_ONLY = frozenset({EventType.AGREE, EventType.COOPERATE})
_SPEAKER_OR_MEETING = _SPEAKER_ONLY | {EventType.CONSULT}


def _with(events: list[Event], found: Event | None) -> list[Event]:
    """``events`` with ``found`` added in place of the events of its type that have no source."""
    if found is None:
        return events
    return [e for e in events if e.event is not found.event or e.source] + [found]
