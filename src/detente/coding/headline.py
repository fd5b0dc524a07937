"""Coder stage 0, headlines: a Title Case or ALL-CAPS headline read in sentence case, and headline grammar.

News lists and topic pages are made of headlines ("NATO Suspends Practical Cooperation With Russia",
"RUSSIA EXPELS TWO NATO DIPLOMATS"). Their capitals make every common word look like a name, so the
coder would find one long unknown actor and no verb. :func:`reading` recognises such a headline and gives
the coder a sentence-case copy of it, character for character the same length, so that every offset the
coder reports (evidence, trigger) still points into the original text. Only the letters' case changes:
words outside the actor names the dictionary knows are lower-cased; acronyms ("OSCE"), names with inner
capitals ("McFaul"), dated month names ("in May"), a name after "Mr"/"Gen." or after "in"/"at" at the end
of a phrase ("Meet in Sochi"), the first word of each part, and titles ("Foreign Minister") keep theirs.
A known name is lower-cased only as far as the dictionary still finds it so ("Russian Troops" → "Russian
troops"; "Black Sea Fleet", "the West" stay). Any other text is returned as it is.

A headline is recognised strictly, on the form of its words, in its last part after a colon with
:data:`MIN_CONTENT` words or more (a topic or a label before it is kept as written):

* **Title Case**: every content word outside quotation marks (not a short function word such as "of",
  "to", "with") starts with a capital, at least :data:`MIN_CONTENT` of them, and one that does not open
  the headline is a word of the coder's vocabulary outside any known name ("Suspends", "Talks", "Says"):
  a line of names, a greeting, an address or a byline stays as it is. A final period only on a short one
  (at most :data:`MAX_WORDS_WITH_PERIOD` words); none after a piece that goes on (a trailing comma or
  colon: a speaker's label);
* **ALL CAPS**: no lower-case letter, at most :data:`MAX_CAPS_WORDS` words and no final period (longer is
  a shouted notice), with a word of the coder's vocabulary as above (a list of acronyms is no headline).

Headline grammar, for the roles and polarity stages: :func:`planned_act` tells an act a headline announces
with a bare "to" ("NATO to suspend cooperation with Russia": a plan, future), and :func:`listed_subjects`
the subjects a headline lists with a bare comma ("Lavrov, Kerry meet in Geneva": both meet).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence

from detente.coding.actors import ActorDictionary, ActorKind, Mention
from detente.coding.ontology import EventType
from detente.coding.patterns import PREPOSITIONS, PatternSet, Token, Trigger, tokenize, words
from detente.coding.roleparts import SPEECH_VERBS
from detente.coding.units import Unit

__all__ = [
    "MAX_CAPS_WORDS",
    "MAX_WORDS_WITH_PERIOD",
    "MIN_CONTENT",
    "headline_passive",
    "listed_subjects",
    "planned_act",
    "reading",
]

MIN_CONTENT = 3
"""Fewest capitalised content words a headline has ("Putin Meets Erdogan")."""
MAX_WORDS_WITH_PERIOD = 10
"""Longest Title Case text (in words) still read as a headline when it ends with a period."""
_MAX_WORDS = 40
"""Longest text (in words) read as a headline at all."""
_MAX_CHARS = 600
MAX_CAPS_WORDS = 20
"""Longest ALL-CAPS text (in words) read as a headline; longer is a shouted notice."""

_MINOR = words(
    "a an the and but or nor for of in on at to by as up via per vs from with into onto off out over upon "
    "amid than so if de del der des di du la le van von al bin el"
)
"""Short function words (and name particles) that a Title Case headline may leave in lower case."""
_ALWAYS_CAPITAL = words(
    "i january february march april may june july august september october november december monday "
    "tuesday wednesday thursday friday saturday sunday"
)
"""Words written with a capital in any sentence: they keep it."""
_MONTH_VERBS = words("march may")
"""Month names that are also common words ("Protesters March", "Each Side May Conduct"): months only
where a date reads so (:func:`_dated`)."""
_DATE_BEFORE = words("in on since until till by from of early late mid last next this before after during")
_PLACE_PREPS = words("in at near outside")
_IDIOM_NOUNS = words(
    "least most first last odds risk stake talks war peace crisis practice principle general particular part "
    "time times home order force response turn full large length power office charge play place question "
    "danger doubt focus jeopardy sight limbo tatters progress favour favor talks session"
)
"""Nouns of set phrases after "in"/"at" ("At Least", "at Odds", "in Talks"): no place names."""
_TITLE_CUES = words("mr mrs ms dr sir madam gen lt col maj capt adm sgt")
"""Words after which a capitalised word is a name ("Mr Smith")."""
_LETTERS = re.compile(r"[^\W\d_]+")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|(?<!\w)‘[^’]*’(?!\w)")
_SEGMENT_BREAKS = frozenset({":", "—", "–", "|"})


def _title_case_possible(text: str) -> bool:
    """Cheap test: no lower-case content word outside quotations (most sentences fail at their 2nd word)."""
    for m in _LOWER_WORD.finditer(text):
        if m.group().lower() not in _MINOR:
            break
    else:
        return True
    if '"' not in text and "“" not in text and "‘" not in text:
        return False
    unquoted = _QUOTED.sub(" ", text)
    return not any(m.group().lower() not in _MINOR for m in _LOWER_WORD.finditer(unquoted))


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def _dated(tokens: Sequence[Token], i: int) -> bool:
    """Token ``i`` is a month as a date: "in May", "May 9", "9 May", "since March"."""
    before = tokens[i - 1].norm if i else ""
    after = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return before in _DATE_BEFORE or before[:1].isdigit() or after[:1].isdigit()


def _segment_starts(tokens: Sequence[Token]) -> set[int]:
    """Token indices that open the headline or one of its parts ("Ukraine Crisis: NATO Suspends ...")."""
    starts: set[int] = set()
    opening = True
    for i, tok in enumerate(tokens):
        if tok.norm in _SEGMENT_BREAKS:
            opening = True
        elif tok.text[:1].isalnum():
            if opening:
                starts.add(i)
            opening = False
    return starts


def reading(text: str, *, dictionary: ActorDictionary, date: dt.date, patterns: PatternSet) -> str:
    """``text`` as the coder should read it: a Title Case or ALL-CAPS headline in sentence case (the same
    length, the same offsets; only letter case changed), any other text unchanged. Never raises."""
    if not text or len(text) > _MAX_CHARS:
        return text
    if not text.isupper() and not (text[:1].isupper() and _title_case_possible(text)):
        return text
    stripped = text.rstrip()
    if stripped.endswith(("?", ",", ":", ";")):
        return text  # a question (coded as one), or a piece that goes on: a speaker's label, a vocative
    tokens = tokenize(text)
    if any(t.norm == "by" for t in tokens[:2]):
        return text  # a credit line: "By Jane Smith", "Reporting by ...", "Photo by ..."
    lo, hi = _body(tokens)
    body = text[tokens[lo].start : tokens[hi - 1].end]
    caps = not any(ch.islower() for ch in body)
    n_words = sum(1 for t in tokens[lo:hi] if t.text[:1].isalpha())
    if not MIN_CONTENT <= n_words <= (MAX_CAPS_WORDS if caps else _MAX_WORDS):
        return text
    if stripped.endswith(".") and not stripped.endswith("..") and (caps or n_words > MAX_WORDS_WITH_PERIOD):
        return text  # a long Title Case text with a full stop is a sentence of names; a shouted one, a notice
    found = _lowerable_runs(text, tokens, lo, hi, caps, patterns)
    if found is None:
        return text
    runs, verbs = found
    mentions = dictionary.match(text, date=date)
    if not any(not any(m.start < verb.end and verb.start < m.end for m in mentions) for verb in verbs):
        return text  # no word of the coder's vocabulary in capitals: names, a byline, a greeting
    lowered = _lower(text, runs)
    firsts = {m.start + next((k for k, ch in enumerate(m.text) if ch.isalpha()), 0) for m in mentions}
    tails = _lower(text, [(a + 1 if a in firsts else a, b) for a, b in runs])
    # a name is lower-cased as far as the dictionary still finds it so: wholly ("Militias", "the allies"),
    # but for its first letter ("Russian troops", "US officials"), or not at all ("Black Sea Fleet", "NATO
    # Secretary General", "the West", "Russia")
    found_lowered = dictionary.match(lowered, date=date)
    found_tails = dictionary.match(tails, date=date)
    plain = list(lowered)
    kept: list[Mention] = []
    for m in mentions:
        if m.kind is ActorKind.TITLE:
            plain[m.start : m.end] = text[m.start : m.end]  # "the Ministry", "Foreign Minister" stay so
        elif _found_again(m, found_tails) and not _found_again(m, found_lowered):
            plain[m.start : m.end] = tails[m.start : m.end]
        elif not _found_again(m, found_lowered):
            plain[m.start : m.end] = text[m.start : m.end]
            kept.append(m)
    for m in kept:
        _lower_trailing_words(plain, m, runs, dictionary, date)
    out = "".join(plain)
    changed = any(
        tok.norm not in _MINOR and out[tok.start : tok.end] != tok.text
        for tok in tokens
        if tok.text[:1].isalpha()
    )
    return out if changed else text  # names and acronyms only: nothing to read differently


def _lower(text: str, runs: Sequence[tuple[int, int]]) -> str:
    """``text`` with the letters of ``runs`` in lower case (a letter whose lower case is longer stays)."""
    chars = list(text)
    for a, b in runs:
        for k in range(a, b):
            low = chars[k].lower()
            if len(low) == 1:
                chars[k] = low
    return "".join(chars)


def _lower_trailing_words(
    chars: list[str],
    mention: Mention,
    runs: Sequence[tuple[int, int]],
    dictionary: ActorDictionary,
    date: dt.date,
) -> None:
    """Lower-case the last words of a name kept in capitals, last first, while the dictionary still finds
    it ("Black Sea Fleet Frigate" → "Black Sea Fleet frigate")."""
    inside = [(a, b) for a, b in runs if mention.start < a and b <= mention.end]
    for a, b in reversed(inside):
        trial = chars[:a] + [ch.lower() if len(ch.lower()) == 1 else ch for ch in chars[a:b]] + chars[b:]
        if not _found_again(mention, dictionary.match("".join(trial), date=date)):
            return
        chars[a:b] = trial[a:b]


def _found_again(mention: Mention, found: Sequence[Mention]) -> bool:
    """The dictionary finds the same actor (code and kind) where ``mention`` stands in another reading."""
    return any(
        f.code == mention.code and f.kind is mention.kind and f.start < mention.end and mention.start < f.end
        for f in found
    )


def _body(tokens: Sequence[Token]) -> tuple[int, int]:
    """Tokens of the headline proper: the last part after a colon with :data:`MIN_CONTENT` words or more
    ("Ukraine Crisis: NATO Suspends ...", "Putin Oversees Drills: Reports"); a label before it ("Deputy
    Minister Ivan Petrov: Mr President") is no part of it."""
    cuts = [-1] + [i for i, t in enumerate(tokens) if t.norm == ":"] + [len(tokens)]
    for a, b in reversed(list(itertools.pairwise(cuts))):
        if sum(1 for t in tokens[a + 1 : b] if t.text[:1].isalpha()) >= MIN_CONTENT:
            return a + 1, b
    return 0, len(tokens)


def _lowerable_runs(
    text: str, tokens: Sequence[Token], lo: int, hi: int, caps: bool, patterns: PatternSet
) -> tuple[list[tuple[int, int]], list[Token]] | None:
    """Character spans of the letters a headline reading may lower-case, and the capitalised words of the
    coder's vocabulary that do not open the headline ("Suspends", "Talks"); ``None`` when ``text`` is no
    Title Case headline (a content word in lower case outside quotation marks, or too few content
    words). Only tokens ``lo`` to ``hi`` (the :func:`_body`) are read."""
    quoted = _quoted_spans(text)
    after_cue = {i + 1 for i, tok in enumerate(tokens[:-1]) if tok.norm.rstrip(".") in _TITLE_CUES}
    firsts = _segment_starts(tokens)
    content = 0
    runs: list[tuple[int, int]] = []
    verbs: list[Token] = []
    for i in range(lo, hi):
        tok = tokens[i]
        if caps and tok.text[:1] in "'’" and tok.text[1:].isalpha():
            runs.append((tok.start + 1, tok.end))  # "PUTIN'S": the clitic is lower-cased with its word
            continue
        if not tok.text[:1].isalpha() or (tok.start and text[tok.start - 1] in "'’"):
            continue  # (the rest of a word after an apostrophe: "D'affaires")
        if not _inside(quoted, tok.start, tok.end) and tok.norm not in _MINOR:
            if not caps and not tok.text[:1].isupper():
                return None
            content += 1
            if i not in firsts and _vocabulary(tok, patterns):
                verbs.append(tok)
        if i in after_cue or (not caps and _place_name(tokens, i, patterns)):
            continue
        for run in _LETTERS.finditer(tok.text):
            word = run.group()
            if word.lower() in _ALWAYS_CAPITAL and (word.lower() not in _MONTH_VERBS or _dated(tokens, i)):
                continue
            if (
                not caps
                and (
                    (len(word) >= 2 and word.isupper())  # an acronym
                    or any(ch.isupper() for ch in word[1:])  # "McFaul", "MiG"
                )
            ):
                continue
            a = tok.start + run.start() + (1 if i in firsts and run.start() == 0 else 0)
            runs.append((a, tok.start + run.end()))
    return (runs, verbs) if content >= MIN_CONTENT else None


def _vocabulary(tok: Token, patterns: PatternSet) -> bool:
    """A word that may start one of the coder's event phrases, or a speech verb ("Suspends", "Says")."""
    return tok.norm in SPEECH_VERBS or patterns.events.may_match([tok])


def _common(tok: Token, patterns: PatternSet) -> bool:
    """A word of the coder's vocabulary or of a set phrase, not a name ("Talks", "Says", "Least")."""
    return (
        tok.norm in _MINOR
        or tok.norm in _IDIOM_NOUNS
        or tok.norm.endswith("ly")
        or _vocabulary(tok, patterns)
    )


def _place_name(tokens: Sequence[Token], i: int, patterns: PatternSet) -> bool:
    """A capitalised word that names a place: right after "in", "at", "near" (or after such a name), not a
    word of the coder's vocabulary, and ending the phrase ("Meet in Sochi", "Summit in New York on ...")."""
    if i == 0 or not tokens[i].text[:1].isupper() or _common(tokens[i], patterns):
        return False
    k = i - 1
    while k >= 0 and tokens[k].text[:1].isupper() and not _common(tokens[k], patterns):
        k -= 1  # "in New York": the words of one name
    if k < 0 or tokens[k].norm not in _PLACE_PREPS or k == i:
        return False
    j = i + 1
    while j < len(tokens) and tokens[j].text[:1].isupper() and not _common(tokens[j], patterns):
        j += 1
    return (
        j >= len(tokens)
        or not tokens[j].is_word
        or (tokens[j].norm in _MINOR and tokens[j].norm not in ("to", "of"))
    )


# ----------------------------------------------------------------------------------------------- grammar

_PLAN_OPENERS = words("the a an")
_VERB_LIKE = words("is are was were has have had will would says said")
_LIST_GLUE = frozenset({",", "and", "&", "the"})


def _opens_headline(tokens: Sequence[Token], index: int) -> bool:
    """Token ``index`` opens the text or a part after a colon or a dash."""
    return index == 0 or tokens[index - 1].norm in _SEGMENT_BREAKS


def _subject_phrase(tokens: Sequence[Token], units: Sequence[Unit], end: int) -> list[Unit] | None:
    """The actors that alone fill tokens from the start of the headline (or of its part) up to ``end``
    ("NATO", "Lavrov, Kerry", "Russia and China"), joined only by commas, "and", "the"; else ``None``."""
    chosen: list[Unit] = []
    i = end
    while i > 0:
        unit = next((u for u in units if u.tok_end == i), None)
        if unit is not None:
            chosen.append(unit)
            i = unit.tok_start
            continue
        if tokens[i - 1].norm in _LIST_GLUE or tokens[i - 1].norm in _PLAN_OPENERS:
            i -= 1
            continue
        break
    while i < end and tokens[i].norm in _PLAN_OPENERS:
        i += 1
    if not chosen or not _opens_headline(tokens, i) or tokens[end - 1].norm in _LIST_GLUE:
        return None
    return list(reversed(chosen))


def planned_act(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> bool:
    """A headline's bare "to" before its verb: "NATO to suspend cooperation with Russia", "Putin to meet
    Erdogan in Sochi" announce a plan (future). The actors before "to" must open the headline alone (not
    "urged Russia to withdraw", "the decision of NATO to expand")."""
    k = trig.tok_start
    if not trig.verbal or k < 2 or tokens[k - 1].norm != "to":
        return False
    return _subject_phrase(tokens, units, k - 1) is not None


def listed_subjects(text: str, tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> list[Unit]:
    """Subjects a headline lists with a bare comma right before its verb: "Lavrov, Stoltenberg discuss
    Ukraine", "Russia, China to veto resolution" (a plural verb or a bare "to"; in a sentence a comma list
    has its "and"). ``[]`` when the verb does not follow such a list."""
    k = trig.tok_start
    if not trig.verbal or k < 3:
        return []
    end = k - 1 if tokens[k - 1].norm == "to" else k
    verb = tokens[k].norm
    if end == k and verb.endswith("s") and not verb.endswith("ss"):
        return []  # "Lavrov, Kerry says": one subject (the other is a vocative or an aside)
    group = _subject_phrase(tokens, units, end)
    if (
        group is None
        or len(group) < 2
        or not any("," in text[a.end : b.start] for a, b in itertools.pairwise(group))
    ):
        return []
    if any(u.code is None or u.locative for u in group):
        return []
    return group


_DONE_TO = frozenset({EventType.COERCE, EventType.ASSAULT, EventType.SANCTION})
_PARTICLES = words("down out off up")
_NOT_DONE_TO = words("clashed retaliated fought escalated")
_SUBJECT_REACH = 6


def headline_passive(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> bool:
    """A headline's past participle with no auxiliary right after the noun phrase that opens it, and no
    object after it: "Two Russian diplomats expelled from Poland", "Ukrainian activist detained in
    Crimea", "Russian jet shot down over Turkey" tell what was done to that phrase (a passive). Only for
    acts done to someone (arrests, attacks, expulsions), and only in a text with no final period."""
    k, end = trig.tok_start, trig.tok_end
    if not trig.verbal or trig.match.rule is None or trig.match.rule.event not in _DONE_TO:
        return False
    if trig.match.rule.mutual or tokens[-1].norm == "." or not 1 <= end - k <= 2:
        return False
    head = tokens[k].norm
    if not head.endswith(("ed", "en")) and head not in ("shot", "hit", "struck"):
        return False
    if head in _NOT_DONE_TO or (end - k == 2 and tokens[k + 1].norm not in _PARTICLES):
        return False
    if end < len(tokens) and tokens[end].is_word and tokens[end].norm not in PREPOSITIONS:
        return False  # "NATO jets intercepted Russian bombers": an object, the active voice
    start = k
    while (
        start > 0
        and tokens[start - 1].is_word
        and not _opens_headline(tokens, start)
        and k - start < _SUBJECT_REACH
    ):
        start -= 1
    if not _opens_headline(tokens, start) or start == k:
        return False
    if any(t.norm.endswith(("ed", "ing")) or t.norm in _VERB_LIKE for t in tokens[start:k]):
        return False  # "Russia warned detained ...": a verb of its own before it
    # the phrase's actor: itself ("Russian diplomats"), or a people's word before a noun ("Ukrainian
    # activist"); a body's name before a noun only describes it ("Kremlin critic")
    return any(
        u.code is not None
        and start <= u.tok_start
        and (u.tok_end == k or (u.tok_end < k and u.kind in ("demonym", "state")))
        for u in units
    )
