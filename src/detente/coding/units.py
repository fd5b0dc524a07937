"""Coder stage 2, actor units: where the actors of a sentence stand and what they are coded as.

The actor dictionary's mentions at the publication date (roles, titles, metonyms), pronouns ("I", "we", "me", "us" →
the speaker; "he"/"she" → the speaker when one is given; "it"/"they" → the nearest actor before; a
possessive "its"/"their" → :func:`antecedent`), unknown
capitalised names (which hold their place as actors with no code, so no other actor is put in their
role), and phrases for the sides of a meeting ("the two leaders"). Mentions that only look like actors
are dropped (a city naming a document, a company named after a country, a demonym inside a name), and a
name after a coded title or role is its holder. See :mod:`detente.coding.coder` for the whole pipeline.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from detente.coding import readouts2, wire, written5
from detente.coding.actors import ActorDictionary, ActorKind, Mention
from detente.coding.patterns import (
    DETERMINERS,
    PREPOSITIONS,
    Token,
    words,
)
from detente.coding.text import WordCheck, _has_twins, lower_text

_PRONOUNS = frozenset({"i", "we", "he", "she", "it", "they", "us", "me"})
_SPEAKER_WORDS = _PRONOUNS | {"our", "my", "myself"}
"""The words :func:`actor_units` reads as actors when a speaker is given ("our borders", "my talks")."""
_OUR_HOME = frozenset(
    {"border", "borders", "frontier", "frontiers", "country", "territory", "airspace", "waters", "homeland"}
)
_CAP_STOP = words(
    "the a an in on at as after before but and or for with this that these those it he she they we i mr "
    "mrs ms dr if when while since during his her its their our there here what who why how yesterday "
    "today monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december including stressing according meanwhile however also "
    "both all some many most no not one two three four five first second last next new said says nato's "
    "six seven eight nine ten twelve twenty dozens hundreds thousands tens several few officers officials "
    "troops soldiers residents police protesters demonstrators diplomats ministers experts observers "
    "monitors inspectors journalists members leaders delegations forces militants rebels civilians people "
    "under following despite from by to over through against between without within until amid among "
    "across around instead given acting former northern southern eastern western central north south east "
    "west northeastern northwestern southeastern southwestern such each every any another other further "
    "these those there yet still nor moreover furthermore nevertheless nonetheless earlier later only even "
    "thus therefore hence indeed together besides overall now then once again whereas although though unless "
    "because upon toward towards regarding concerning along throughout behind beyond accordingly "
    "consequently currently recently unfortunately regrettably clearly obviously certainly naturally finally "
    "firstly secondly lastly similarly likewise notably importantly additionally you let so thank of see my do "
    "please is are was were just yes everyone would does did good back perhaps maybe can could allow look has "
    "have had where hello will shall should must may might "
    # a sentence that opens with its event ("Protests erupted in Santiago"): a common noun, not a name
    "protests demonstrations rallies riots strikes marches pickets unrest clashes "
    # plural titles after two demonyms ("the Russian and Armenian Presidents"): the states' leaders, no name
    "presidents premiers chancellors"
)
_OFFICE_WORDS = words(
    "foreign defence defense interior finance economy trade justice affairs ministers minister permanent "
    "representatives representative ambassadors ambassador deputy deputies chiefs chief staff military "
    "national security advisers advisors envoys envoy political directors director senior officials"
)
"""Capitalised words of an office right after an actor's name ("NATO Foreign Ministers", "Allied Chiefs of
Defence", "EU Permanent Representatives"): they name the actor's office holders, not another actor."""


_PARTICIPANTS = re.compile(
    r"\b(?=[bepot])(?:(?:the|both)\s+(?:two\s+|three\s+|four\s+)?"
    r"(?:leaders|presidents|sides|parties|heads\s+of\s+state|prime\s+ministers|foreign\s+ministers|"
    r"ministers|delegations|countries|states|governments|men)|both\s+sides|both\s+countries|"
    r"(?:both|the\s+two)\s+partners|"  # "both partners were willing to work together"
    r"our\s+(?:two\s+)?(?:countries|states|nations)|"  # a speaker's "our countries" after talks (s31-kremlin13)
    r"each\s+(?:side|country)|"  # "Each country has the political will to ..." (not a treaty's Party)
    # "The two discussed ...", "the two also agreed": the pair named before, with a verb next
    r"the\s+two(?=\s+(?:also\s+|then\s+|later\s+|further\s+)?(?:discussed|agreed|met|spoke|talked|exchanged|"
    r"held|had|noted|stressed|reaffirmed|signed|expressed|emphasi[sz]ed|underlined|welcomed|called|shared|"
    r"reviewed|considered|touched|focused|focussed|will|would|have|also)\b)|"
    r"the\s+(?:talks|summit|meeting|negotiations|conversation|consultations)|"
    r"participants\s+(?:in|of|at)\s+the\s+(?:talks|meeting|negotiations|consultations)|"
    r"the\s+(?:meeting|talks)\s+participants)\b",
    re.I,
)
"""Phrases for the participants of a meeting already named ("the two leaders", "the sides", "participants in
the meeting"), or for the meeting itself as the subject of what was discussed ("the talks focused on ...")."""
_PARTICIPANT_WORDS = WordCheck(
    (
        "leaders",
        "presidents",
        "sides",
        "parties",
        "state",
        "ministers",
        "delegations",
        "countries",
        "governments",
        "talks",
        "summit",
        "meeting",
        "negotiations",
        "conversation",
        "consultations",
        "men",
        "side",
        "country",
        "participants",
        "two",
        "partners",
    )
)
"""A word each of :data:`_PARTICIPANTS` ends with (a cheap test before the pattern)."""
_TITLE_WORDS = "leaders|presidents|sides|parties|heads|prime|foreign|ministers|delegations|countries|states|governments|men"
_PARTICIPANT_STARTS = re.compile(
    rf"the\s+(?:two|three|four|{_TITLE_WORDS}|talks|summit|meeting|negotiations|conversation|consultations)|"
    rf"both\s+(?:two|three|four|{_TITLE_WORDS}|partners)|"
    r"our\s+(?:two|countries|states|nations)|"
    r"each\s+(?:side|country)|"
    r"participants\s"
)
"""Where a match of :data:`_PARTICIPANTS` may begin, in the lower-cased text (s36-speed10): its first word
and the first letters of the word after it. Every match of the pattern begins where this one matches, and
this one, case-sensitive and opening each branch with a letter, is scanned for by the regular-expression
engine's quick first-letter search, where the case-blind pattern is tried at every word."""
_NAMED_THINGS = words(
    "agreement agreements accord accords declaration treaty protocol process format summit talks conference "
    "formula memorandum charter act document documents"
)
_ECONOMIC_THINGS = words(
    "goods products production output sector sectors industry industries aviation market markets economy "
    "orders purposes use uses applications manufacturing shipbuilding engineering"
)
_MILITARY_THINGS = words(
    "base bases exercise exercises drills action actions operation operations cooperation build-up buildup "
    "presence infrastructure equipment aid assistance spending budget doctrine contacts ties threat threats "
    "activity activities district districts facility facilities planning capabilities capability conflict "
    "intervention campaign hardware technology installations installation sphere situation balance parity "
    "potential superiority strategy"
)
"""Nouns that make a group word before them an adjective ("the military base", "police cooperation")."""
_COMPANY_WORDS = words(
    "airlines airways railways railway bank telecom post times news television radio broadcasting "
    "corporation company group holding oil gas energy airport"
)
_HOLDER_GAP = re.compile(
    r"\s*(?:['\u2019]s\s+)?(?:(?:founder|leader|chief|head|spokesman|spokeswoman|commander|chairman|president|minister|"
    r"envoy|ambassador|general|secretary)\s+)?(?:(?:zu|von|van|de|da|al|bin|ibn|el|der|den|la|le|du)\s+)*",
    re.I,
)
NAMED_CRAFT = words(
    "destroyer frigate corvette warship ship vessel submarine cruiser carrier aircraft plane jet bomber fighter "
    "drone helicopter icebreaker tanker"
)
"""Heads of a demonym that take a proper name after them: "the British destroyer Defender" is a British
ship (one actor unit), unlike "the Russian Orthodox Church", a name."""
_PERSON_FOLLOWERS = words("administration government cabinet jr jr. sr")
_EVENT_NAMES = words(
    "olympics games cup championship championships tournament festival expo contest marathon prix"
)
"""Last words of capitalised names that name an event, not an actor ("the Winter Olympics")."""


@dataclass(frozen=True, slots=True)
class Unit:
    """An actor position in a sentence: a dictionary mention, a pronoun or an unknown name."""

    start: int
    end: int
    tok_start: int
    tok_end: int
    code: str | None
    kind: str
    locative: bool = False
    text: str = ""


def resolve_speaker(dictionary: ActorDictionary, text: str | None, date: dt.date | None) -> str | None:
    """The actor code of a speaker given as a code ("NATO") or as text ("Statement by the NATO Secretary
    General"): the first resolved mention; ``None`` when nothing resolves."""
    if not text or not text.strip():
        return None
    clean = text.strip()
    if clean in dictionary.code_kinds:
        return clean
    clean = clean[:1000]
    for code in _BRACKETED.findall(clean):
        if code in dictionary.code_kinds:
            return str(code)  # "... Heads of State and Government (NATO)": the code given outright
    mentions = [m for m in dictionary.match(clean, date=date) if m.code is not None]
    # a city naming a meeting or its text ("Bucharest Summit Declaration") is no speaker when another
    # actor is named too
    named = [m for m in mentions if not _EVENT_AFTER.match(clean, m.end)] or mentions
    # "the Heads of State and Government participating in the meeting of the North Atlantic Council": the
    # body they meet in speaks, not the generic group of leaders
    named = [m for m in named if m.kind is not ActorKind.GROUP] or named
    first = named[0].code if named else None
    bound = _BOUND_PRONOUN.search(clean)
    if bound is not None:
        # "Bucharest Summit Declaration; 'we' are the Allied Heads of State": who the pronoun is (a lone
        # title there, "'I' is the Secretary General", is the one of the organisation named before)
        for mention in dictionary.match(bound.group(1), date=date, speaker=first):
            if mention.code is not None:
                return mention.code
    return first


_EVENT_AFTER = re.compile(
    r"\s+(?:Summit|Declaration|Communiqu[eé]|Conference|Statement|Charter|Document|Meeting|Format)\b"
)
_BRACKETED = re.compile(r"\(([A-Z][A-Z_]{1,11})\)")
_BOUND_PRONOUN = re.compile(
    r"['‘’\"“”](?:I|we|he|she|our|my|us|they)['‘’\"“”](?:\s*/\s*['‘’\"“”]\w+['‘’\"“”])*\s+(?:is|are|was|were|means)\s+([^;.]+)",
    re.I,
)


def _tok_span(starts: Sequence[int], ends: Sequence[int], start: int, end: int) -> tuple[int, int]:
    first = bisect.bisect_right(ends, start)
    last = bisect.bisect_left(starts, end)
    return first, max(first + 1, last)


def actor_units(
    text: str, tokens: Sequence[Token], mentions: Sequence[Mention], *, speaker: str | None
) -> list[Unit]:
    """Actor units of a sentence, left to right (see the module docstring)."""
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    units: list[Unit] = []
    covered = [False] * len(tokens)
    spans = [(_tok_span(starts, ends, m.start, m.end), m) for m in mentions]
    begins = {a: m.code for (a, _), m in spans}
    owned: dict[int, tuple[int, int]] = {}  # "Russian Gazprom": the company's unit takes in its demonym
    for (a, b), m in spans:
        if (
            m.kind is ActorKind.DEMONYM
            and b > a
            and begins.get(b) == m.code
            and _not_the_actor(tokens, m, a, b)
        ):
            owned[b] = (a, m.start)
            continue
        if _not_the_actor(tokens, m, a, b):
            continue
        start = m.start
        if a in owned:
            a, start = owned[a]
        for i in range(a, min(b, len(tokens))):
            covered[i] = True
        units.append(Unit(start, m.end, a, b, m.code, m.kind.value, m.locative, text[start : m.end]))
    own = _PRONOUNS if speaker is None else _SPEAKER_WORDS
    for i in [k for k, tok in enumerate(tokens) if tok.norm in own]:
        tok = tokens[i]
        if covered[i]:
            continue
        if tok.norm in _PRONOUNS and (tok.norm != "i" or tok.text == "I") and tok.text not in ("US", "ME"):
            code = _sayer_code(tokens, units, i) if tok.norm in ("it", "they") else None
            code = code or _relative_clause_subject(tokens, units, i)
            code = code or _teller_of(tokens, units, i)
            code = code or _pronoun_code(tok.norm, units, tok.start, speaker)
            units.append(Unit(tok.start, tok.end, i, i + 1, code, "pronoun", False, tok.text))
            covered[i] = True
        elif tok.norm == "our" and speaker is not None and _our_home(tokens, covered, i):
            # "near our borders", "attacks on our country": the speaker's own state
            nxt = tokens[i + 1]
            text_ = text[tok.start : nxt.end]
            units.append(Unit(tok.start, nxt.end, i, i + 2, speaker, "pronoun", False, text_))
            covered[i] = covered[i + 1] = True
        elif tok.norm == "myself" and speaker is not None and _paired_by_and(tokens, i):
            # "President Obama and myself", "myself and Minister Lavrov": the speaker, one of a pair
            units.append(Unit(tok.start, tok.end, i, i + 1, speaker, "pronoun", False, tok.text))
            covered[i] = True
        elif tok.norm in ("my", "our") and speaker is not None and _own_meeting(tokens, covered, i):
            # "My recent talks with President Nazarbayev": the speaker's meeting
            units.append(Unit(tok.start, tok.end, i, i + 1, speaker, "possessive", False, tok.text))
            covered[i] = True
    people = {a: m for (a, _), m in spans if m.kind is ActorKind.PERSON and m.code}
    couples: set[int] = set()  # tokens of given names read into a couple ("Vladimir and Lyudmila Putin")
    for u in _unknown_names(tokens, covered):
        if u.tok_start in couples:
            continue
        couple = _couple(tokens, units, people, u)
        if couple is not None:
            person, spouse = couple
            units[units.index(person)] = dataclasses.replace(
                person, start=u.start, tok_start=u.tok_start, text=text[u.start : person.end]
            )
            couples.add(spouse)
            continue
        if tokens[u.tok_end - 1].norm in _EVENT_NAMES or _body_of_the_pair(tokens, units, u):
            continue
        owner = _owning_org(tokens, units, u) or wire.named_holder(tokens, units, u)  # "X leader Name" (s26)
        if owner is not None:
            # "the NATO Trust Fund", "the EU Peace Facility": a body of the organisation named before it
            units[units.index(owner)] = dataclasses.replace(
                owner, end=u.end, tok_end=u.tok_end, text=text[owner.start : u.end]
            )
            continue
        units.append(u)
    for found in _participant_phrases(text):
        a, b = _tok_span(starts, ends, found.start(), found.end())
        inside = [u for u in units if u.tok_start >= a and u.tok_end <= b]
        if all(u.code is None for u in inside) and not any(
            covered[i] for i in range(a, b) if not any(u.tok_start <= i < u.tok_end for u in inside)
        ):
            # "the Presidents": plural title words with no country are the meeting's sides
            units = [u for u in units if u not in inside]
            units.append(Unit(found.start(), found.end(), a, b, None, "participants", False, found.group()))
    units.sort(key=lambda u: u.start)
    return _named_holders(text, tokens, _groups_of_states(tokens, units))


_ORG_BODIES = frozenset(
    {
        "fund",
        "facility",
        "programme",
        "program",
        "office",
        "centre",
        "center",
        "mission",
        "agency",
        "initiative",
        "secretariat",
        "bank",
        "command",
        "headquarters",
    }
)
"""Last words of a named body an organisation runs ("Trust Fund", "Peace Facility", "Liaison Office")."""


def _couple(
    tokens: Sequence[Token], units: Sequence[Unit], people: Mapping[int, Mention], given: Unit
) -> tuple[Unit, int] | None:
    """A couple named by two given names and one surname whose first name is a known person's ("met
    Vladimir and Lyudmila Putin"): (that person's unit, the spouse's given-name token), else ``None``."""
    i = given.tok_start
    if given.tok_end != i + 1 or i + 3 >= len(tokens) or tokens[i + 1].norm != "and":
        return None
    if not tokens[i + 2].text[:1].isupper():
        return None
    mention = people.get(i + 3)
    name = (mention.person or mention.entry) if mention is not None else ""
    if not name.split() or name.split()[0].casefold() != tokens[i].norm:
        return None
    person = next((u for u in units if u.tok_start == i + 3 and u.kind == "person"), None)
    return (person, i + 2) if person is not None else None


def _owning_org(tokens: Sequence[Token], units: Sequence[Unit], name: Unit) -> Unit | None:
    """The organisation whose body the unknown ``name`` right after it is: "NATO" of "NATO Trust Fund"."""
    if tokens[name.tok_end - 1].norm not in _ORG_BODIES:
        return None
    return next((u for u in units if u.tok_end == name.tok_start and u.kind == "org" and u.code), None)


def names_participants(text: str) -> bool:
    """``text`` speaks of a meeting's participants or of the meeting itself ("the two leaders", "the
    sides", "the talks focused on ...") - see :data:`_PARTICIPANTS`."""
    return bool(_participant_phrases(text))


def _participant_phrases(text: str) -> list[re.Match[str]]:
    """:data:`_PARTICIPANTS` in ``text``; the pattern runs only when a word it ends with is there, and only
    where :data:`_PARTICIPANT_STARTS` finds a place it may begin (the matches of ``finditer``, found from
    fewer places: s36-speed10)."""
    if not _PARTICIPANT_WORDS(text):
        return []
    if not text.isascii() and _has_twins(text):
        return list(_PARTICIPANTS.finditer(text))  # "İ" lowers to two letters: the offsets would differ
    low = lower_text(text)
    found: list[re.Match[str]] = []
    pos = 0
    while (start := _PARTICIPANT_STARTS.search(low, pos)) is not None:
        match = _PARTICIPANTS.match(text, start.start())
        if match is None:
            pos = start.start() + 1
        else:
            found.append(match)
            pos = match.end()
    return found


_FIGHTER_GROUPS = frozenset({"rebels", "militants", "attackers", "separatists", "terrorists", "military"})


_MEETING_WORDS = frozenset(
    {
        "talks",
        "meeting",
        "meetings",
        "conversation",
        "conversations",
        "discussion",
        "discussions",
        "negotiations",
    }
)


def _own_meeting(tokens: Sequence[Token], covered: Sequence[bool], i: int) -> bool:
    for j in range(i + 1, min(len(tokens), i + 4)):
        if covered[j] or not tokens[j].is_word:
            return False
        if tokens[j].norm in _MEETING_WORDS:
            return True
    return False


def _paired_by_and(tokens: Sequence[Token], i: int) -> bool:
    """The word at ``i`` is one of two joined by "and" ("X and myself", "myself and X"), not a
    reflexive object or an emphasis ("I asked myself", "I myself")."""
    return (i > 0 and tokens[i - 1].norm == "and") or (i + 1 < len(tokens) and tokens[i + 1].norm == "and")


_PARTNER_TITLES = words("president chancellor king queen emir sultan majesty excellency")
"""Titles of a head of state that, joined to the speaker's "I" at a meeting of two sides, can only be the
other side's holder: the speaker is the head of their own."""
_PARTNER_NOUNS = words("colleague counterpart friend partner")
_ADDRESS = words("mr mrs ms madam mister dear")
_SELF_WORDS = words("i me myself we us")


def speaker_partner(
    text: str, tokens: Sequence[Token], units: Sequence[Unit], speaker: str | None, sides: Sequence[str]
) -> list[Unit]:
    """Who stands with the speaker in a pair subject ("X and I", "I and X", "X and myself"). A demonym
    before "colleague"/"counterpart" is one actor with it ("my Finnish colleague and I"). At a meeting of
    two sides one of which is the speaker (``sides``), a lone head-of-state title or an addressed one ("the
    President and I", "Mr Prime Minister and I"), a title the speaker's side has none of ("the Prime Minister
    and I" said by NATO's Secretary General) and "my colleague"/"my counterpart" are the other side: the
    dictionary reads a lone title as the speaker's own state's when it can."""
    out = list(units)
    firsts = [u for u in out if u.kind == "pronoun" and u.code is not None and u.code == speaker]
    firsts = [u for u in firsts if u.text.lower() in _SELF_WORDS]
    if speaker is None or not firsts:
        return out
    other = next((c for c in sides if c != speaker), None) if len(sides) == 2 and speaker in sides else None
    starts = {u.tok_start for u in firsts}
    ends = {u.tok_end for u in firsts}
    covered = {i for u in out for i in range(u.tok_start, u.tok_end)}

    def paired(a: int, b: int) -> bool:
        # the words a..b are joined by "and" to the speaker's first person, on either side
        if b + 1 < len(tokens) and tokens[b].norm == "and" and b + 1 in starts:
            return True
        lead = a - 1
        while lead >= 0 and tokens[lead].norm in _ADDRESS | {"the", "my"}:
            lead -= 1
        return lead >= 0 and tokens[lead].norm == "and" and lead in ends

    for k, unit in enumerate(out):
        noun = unit.tok_end
        if (
            unit.kind in ("demonym", "state")
            and unit.code is not None
            and noun < len(tokens)
            and tokens[noun].norm in _PARTNER_NOUNS
            and paired(unit.tok_start, noun + 1)
        ):
            # "my Finnish colleague and I": the colleague's state
            out[k] = dataclasses.replace(
                unit, end=tokens[noun].end, tok_end=noun + 1, text=text[unit.start : tokens[noun].end]
            )
            covered.add(noun)
        elif (
            other is not None
            and unit.kind == "title"
            and unit.code in (None, speaker)
            and paired(unit.tok_start, unit.tok_end)
            and (
                unit.code is None  # a title the speaker's side has none of ("the Prime Minister" to NATO)
                or all(w in _PARTNER_TITLES for w in words(unit.text.lower()))
                or (unit.tok_start > 0 and tokens[unit.tok_start - 1].norm in _ADDRESS)
            )
        ):
            out[k] = dataclasses.replace(unit, code=other)  # "Mr President and I discussed ..."
    if other is not None:
        for i, tok in enumerate(tokens):
            if (
                tok.norm in _PARTNER_NOUNS
                and i > 0
                and tokens[i - 1].norm == "my"
                and i not in covered
                and paired(i, i + 1)
            ):
                # "my colleague and I agreed ...": the other side of the meeting
                out.append(
                    Unit(
                        tokens[i - 1].start,
                        tok.end,
                        i - 1,
                        i + 1,
                        other,
                        "title",
                        False,
                        text[tokens[i - 1].start : tok.end],
                    )
                )
        out.sort(key=lambda u: u.start)
    return out


_COURTESY_OPENERS = words("thank thanks welcome congratulations")


def without_address(tokens: Sequence[Token], units: Sequence[Unit], speaker: str | None) -> list[Unit]:
    """The units of a sentence less the one it opens by addressing ("Dear Sauli, thank you for ...", "Your
    Majesty, thank you for ...", "Mr President, welcome to Moscow"): the one spoken to is no subject of the
    courtesy that follows; the speaker pays it (only when a speaker is given)."""
    out = list(units)
    if speaker is None or not out or out[0].tok_start > 1:
        return out
    first = out[0]
    comma = first.tok_end
    if (
        comma + 1 < len(tokens)
        and tokens[comma].norm == ","
        and tokens[comma + 1].norm in _COURTESY_OPENERS
        and not (comma + 2 < len(tokens) and tokens[comma + 2].norm == "to")  # "thanks to your efforts"
        and (first.tok_start == 0 or tokens[0].norm in _ADDRESS)
        and first.code in (None, speaker)
    ):
        return out[1:]
    return out


def _our_home(tokens: Sequence[Token], covered: Sequence[bool], i: int) -> bool:
    return i + 1 < len(tokens) and not covered[i + 1] and tokens[i + 1].norm in _OUR_HOME


def _named_holders(text: str, tokens: Sequence[Token], units: list[Unit]) -> list[Unit]:
    """A name the dictionary lacks right after a coded title or role ("Germany's defence minister
    Karl-Theodor zu Guttenberg", "Hamas founder Sheikh Ahmed Yassin") is the holder: one unit, coded; so
    are an organisation and the word for its fighters ("Taliban gunmen")."""
    out: list[Unit] = []
    for unit in units:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "org"
            and unit.kind == "group"
            and unit.code in _FIGHTER_GROUPS
            and unit.tok_start == prev.tok_end
        ):
            # "Taliban gunmen", "FARC rebels": an organisation's name before a word for fighters is who the
            # fighters are, not unnamed militants
            out[-1] = dataclasses.replace(prev, end=unit.end, tok_end=unit.tok_end)
            continue
        if (
            prev is not None
            and prev.kind == "title"
            and prev.code is not None
            and unit.kind == "person"
            and not text[prev.end : unit.start].strip()
        ):
            # "Lebanon's President Michel Aoun": the title names whose holder this is
            out[-1] = dataclasses.replace(
                prev, end=unit.end, tok_end=unit.tok_end, text=text[prev.start : unit.end]
            )
            continue
        if (
            prev is not None
            and unit.kind == "unknown"
            and prev.code is not None
            and prev.kind in ("title", "org", "state", "demonym", "person", "metonym")
            and _HOLDER_GAP.fullmatch(text[prev.end : unit.start])
            and (
                prev.kind in ("title", "person")
                or text[prev.end : unit.start].strip()
                or (prev.kind == "demonym" and prev.text.split()[-1].lower() in NAMED_CRAFT)
                or (prev.kind == "metonym" and prev.text in _SHIP_PREFIXES)  # "HMS Duncan"
            )
        ):
            out[-1] = dataclasses.replace(
                prev, end=unit.end, tok_end=unit.tok_end, text=text[prev.start : unit.end]
            )
            continue
        if (
            prev is not None
            and unit.kind in ("unknown", "person")
            and prev.kind == "group"
            and prev.code is not None
            and _HOLDER_GAP.fullmatch(text[prev.end : unit.start])
            and _LEADER_WORDS & {w.lower() for w in text[prev.start : unit.start].split()}
        ):
            # "opposition leader Raila Odinga", "rebel leader Laurent Kabila": the group's leader, who
            # acts for it (one unit, the group's code)
            out[-1] = dataclasses.replace(
                prev, end=unit.end, tok_end=unit.tok_end, text=text[prev.start : unit.end]
            )
            continue
        out.append(unit)
    return out


_LEADER_WORDS = words("leader leaders commander chief founder spokesman spokeswoman head chairman")


_SHIP_PREFIXES = frozenset({"HMS", "USS"})
"""Navies' ship prefixes (metonyms of their state in actors.toml) that open a ship's name."""

_FOREIGN_BY_NATURE = frozenset({"peacekeepers", "aid workers"})
_STATE_AGENTS = frozenset({"police", "military", "authorities", "lawmakers", "judiciary"})
"""Groups that act for the state they are "in" ("police in Moscow"); others there stay themselves
("protesters in Sanaa", "rebels in Liberia", "doctors in Kenya")."""
"""Groups that are seldom the state they are in: "the peacekeeping force in Bosnia" is not Bosnian."""


_CROWDS = frozenset({"protesters", "workers", "unions", "students", "farmers", "opposition", "prisoners"})
"""Groups that protest where they are: "protesters in Minsk" are a crowd protesting against Belarus, not
Belarus itself (the place is whom they protest against)."""


def _groups_of_states(tokens: Sequence[Token], units: list[Unit]) -> list[Unit]:
    """A generic group placed in a state is that state's ("a court in Guyana", "dissidents from Egypt",
    "police in Moscow"), and so is a name the dictionary lacks that is "of" a state ("the FSB of Russia"):
    one unit with the state's code."""
    out: list[Unit] = []
    i = 0
    while i < len(units):
        unit = units[i]
        nxt = units[i + 1] if i + 1 < len(units) else None
        if (
            unit.kind in ("group", "unknown")
            and unit.code not in _FOREIGN_BY_NATURE
            and nxt is not None
            and nxt.kind in ("state", "metonym")
            and nxt.code is not None
            and nxt.tok_start == unit.tok_end + 1
            and tokens[unit.tok_end].norm in (("in", "of", "from") if unit.kind == "group" else ("of",))
            and not (tokens[unit.tok_end].norm == "from" and _owned_group(tokens, unit))
            and not (unit.code in _CROWDS and tokens[unit.tok_end].norm == "in")
            and not (
                tokens[unit.tok_end].norm == "in" and unit.kind == "group" and unit.code not in _STATE_AGENTS
            )
        ):
            out.append(
                dataclasses.replace(unit, end=nxt.end, tok_end=nxt.tok_end, code=nxt.code, kind="state")
            )
            i += 2
            continue
        out.append(unit)
        i += 1
    return out


_OWNING = words("its their our his her your my 's '")


def _owned_group(tokens: Sequence[Token], unit: Unit) -> bool:
    """ "withdrew its troops from Afghanistan", "Russia's forces from Syria": owned forces are the owner's,
    and "from" names where they leave, not whose they are."""
    return unit.tok_start > 0 and tokens[unit.tok_start - 1].norm in _OWNING


_JOINT_BODIES = words("commission commissions")


def _joint_body_of_pair(tokens: Sequence[Token], m: Mention, a: int, b: int) -> bool:
    """The demonym is one of a hyphenated pair ("Russian-Georgian") that names a joint commission of the two
    (an intergovernmental commission meets as the two governments; a "Supreme War Council" or a "Business
    Council" does not): a capitalised name right after it holds that word."""
    if b - a != 1 or len(m.text) >= len(tokens[a].text) or "-" not in tokens[a].text.replace("\u2013", "-"):
        return False
    for j in range(b, min(len(tokens), b + 4)):
        if not tokens[j].text[:1].isupper():
            return False
        if tokens[j].norm in _JOINT_BODIES:
            return True
    return False


def _body_of_the_pair(tokens: Sequence[Token], units: Sequence[Unit], name: Unit) -> bool:
    """The capitalised name of a joint body right after the pair of states it joins ("Russian-Georgian
    Intergovernmental Commission"): the pair are the actors, the body's name is none."""
    pair = [u for u in units if u.tok_end == name.tok_start and u.code is not None and u.kind == "demonym"]
    return len(pair) >= 2 and any(t.norm in _JOINT_BODIES for t in tokens[name.tok_start : name.tok_end])


_HERITAGE = words(
    "memorial memorials monument monuments graves cemetery cemeteries era epoch times period legacy heritage "
    "past"
)
_HERITAGE_BEFORE = words("war military")


def _heritage_after(tokens: Sequence[Token], b: int) -> bool:
    """A word of memory or of a past time right after a demonym ending at ``b``, past "war"/"military"."""
    i = b
    while i < len(tokens) and i - b < 2 and tokens[i].norm in _HERITAGE_BEFORE:
        i += 1
    return i < len(tokens) and tokens[i].norm in _HERITAGE


def _not_the_actor(tokens: Sequence[Token], m: Mention, a: int, b: int) -> bool:
    """A mention that names something else: a city naming a document or meeting ("the Rome agreements",
    "the Istanbul summit"), or a one-word organisation name inside a longer name ("the Alliance Group",
    "the Eurasian Ombudspersons Alliance")."""
    nxt = tokens[b] if b < len(tokens) else None
    if m.kind is ActorKind.METONYM and nxt is not None and nxt.norm in _NAMED_THINGS:
        return True
    if (
        m.kind is ActorKind.GROUP
        and nxt is not None
        and (
            nxt.norm in _MILITARY_THINGS
            or (
                nxt.norm in ("and", "or")
                and b + 1 < len(tokens)
                and tokens[b + 1].norm in ("military", "civilian")
            )
        )
    ):
        return True  # "left the military base", "the army exercises": an adjective, not the armed forces
    if (
        m.kind is ActorKind.GROUP
        and m.text.lower() == "civilian"
        and nxt is not None
        and nxt.norm in _ECONOMIC_THINGS
    ):
        return True  # "the share of civilian goods", "civilian aviation": what industry makes, not people
    if m.kind is ActorKind.DEMONYM and _heritage_after(tokens, b):
        return True  # "Soviet war memorials", "the Ottoman era": a thing's past, no actor acting or acted on
    if nxt is not None and nxt.text[:1].isupper() and nxt.norm in _COMPANY_WORDS:
        return True  # "Malaysia Airlines", "Russian Railways": a company named after a country
    name_follows = (
        nxt is not None
        and nxt.text[:1].isupper()
        and nxt.norm not in _CAP_STOP
        and nxt.is_word
        and not any(ch.isdigit() for ch in nxt.text)  # "Turkish F-16s": a designator, not a name
    )
    if (
        m.kind is ActorKind.PERSON
        and name_follows
        and nxt is not None
        and nxt.text.lower() not in _PERSON_FOLLOWERS
        and nxt.text.lower() not in m.entry.lower()  # "President Xi Jinping" is Xi Jinping
    ):
        return True  # "President Michel Aoun" is not Charles Michel: a first name, not a surname
    if m.kind is ActorKind.DEMONYM and name_follows and m.head not in NAMED_CRAFT:
        # "the Russian Figure Skating Championships", "the Russian Orthodox Church": a name; but "the British
        # destroyer Defender" is a British ship, whatever it is called, and "the Russian-Georgian
        # Intergovernmental Commission" is the two states' own joint body (its sessions are their meetings)
        return not _joint_body_of_pair(tokens, m, a, b)
    if m.kind is ActorKind.ORG and _former_post(tokens, a, b):
        return True  # "a former ambassador to the UN": a past post, no one acting for the organisation now
    if (
        m.kind is ActorKind.TITLE
        and a > 0
        and tokens[a - 1].norm in ("former", "ex")
        and not _state_code(m.code)
    ):
        # "endorse the former UN ambassador": whoever held an organisation's post does not act for it now
        # (a former US ambassador is still a national of the state, coded by it)
        return True
    if m.kind is not ActorKind.ORG or m.text.lower().removeprefix("the ").count(" ") or m.text.isupper():
        return False
    before = tokens[a - 1] if a > 0 else None
    if (
        nxt is not None
        and nxt.norm in _OFFICE_WORDS
        and (before is None or not before.text[:1].isupper() or before.norm in _CAP_STOP)
    ):
        return False  # "Allied Foreign Ministers": the organisation's office holders, not a longer name
    return any(
        t is not None and t.text[:1].isupper() and t.is_word and t.norm not in _CAP_STOP and t.norm != "nato"
        for t in (before, nxt)
    )


_POSTS = words(
    "ambassador ambassadors envoy envoys secretary-general secretary general chief head spokesman spokeswoman "
    "spokesperson official officials commander representative chairman chair president director "
    "inspector inspectors diplomat diplomats negotiator adviser advisor"
)


def _state_code(code: str | None) -> bool:
    """A state's code: ISO 3166 alpha-3 (organisations have other shapes: UN, EU, NATO, OSCE)."""
    return code is not None and len(code) == 3 and code.isalpha() and code.isupper()


def _former_post(tokens: Sequence[Token], a: int, b: int) -> bool:
    """An organisation named in someone's past post: "former UN ambassador Nikki Haley", "the former NATO
    commander", "a former ambassador to the United Nations" (the person no longer acts for it)."""
    nxt = tokens[b].norm if b < len(tokens) else ""
    if a > 0 and tokens[a - 1].norm in ("former", "ex") and nxt in _POSTS:
        return True
    k = a - 1
    while k >= 0 and tokens[k].norm in ("the", "to", "at"):
        k -= 1
    if k == a - 1 or k < 0 or tokens[k].norm not in _POSTS:
        return False
    return any(t.norm in ("former", "ex") for t in tokens[max(0, k - 3) : k])


_SAID = frozenset(
    {
        "said",
        "says",
        "announced",
        "warned",
        "added",
        "stated",
        "declared",
        "insisted",
        "confirmed",
        "stressed",
        "argued",
        "claimed",
        "vowed",
        "pledged",
        "promised",
        "threatened",
        "replied",
        "responded",
        "informed",
        "told",
        "notified",
        "assured",
        "reminded",
    }
)


def _sayer_code(tokens: Sequence[Token], units: Sequence[Unit], i: int) -> str | None:
    """ "it"/"they" right after a speech verb is its subject: "Turkey suspended all military agreements
    with Israel and said it would ..." — Turkey, not the nearer Israel."""
    j = i - 1
    if j >= 0 and tokens[j].norm == "that":
        j -= 1
        # "informed the Alliance that it ...": the speech verb may have its addressee before "that"
        j = next((k for k in range(j, max(-1, j - 5), -1) if tokens[k].norm in _SAID), j)
    if j < 0 or tokens[j].norm not in _SAID:
        return None
    for unit in reversed([u for u in units if u.tok_end <= j and u.code is not None and u.kind != "pronoun"]):
        before = tokens[unit.tok_start - 1] if unit.tok_start else None
        if before is not None and (
            before.norm in PREPOSITIONS or (before.text[:1].islower() and before.norm not in _SUBJECT_LEAD)
        ):
            continue  # "agreements with Israel", "criticised Russia": not who speaks
        return unit.code
    return None


_SUBJECT_LEAD = frozenset(
    {
        "the",
        "and",
        ",",
        "but",
        "while",
        "as",
        "when",
        "after",
        "then",
        "since",
        "because",
        "although",
        "though",
        "once",
        "if",
        "unless",
        ":",
        ";",
    }
)


_PERSON_WORDS = words(
    "president minister secretary spokesman spokeswoman spokesperson ambassador chancellor king queen "
    "premier envoy representative leader chairman chairwoman commander emir sultan prince pope"
)
_FIRST_PERSON = words("i we me us")
_CONTROL_PREPS = words("for of")
_CLAUSE_OPENERS = words(
    ", ; : ( and but while as when after before since until because although though once if unless that "
    "whereas then"
)
_PLACE_WORDS = words("in near around across throughout inside outside within over")


def _plural_unit(unit: Unit) -> bool:
    """An actor mention that "they"/"their" can refer back to: a group ("Russian forces", "the
    militants"), the sides of a meeting, a plural noun ("the NATO countries", "Allies"); not a state
    or an organisation whose proper name ends in -s ("the United States", "the United Nations")."""
    if unit.kind == "pronoun":
        return unit.text.lower() in ("they", "them")
    if unit.kind == "participants":
        return True
    last = unit.text.split()[-1] if unit.text.split() else ""
    if last.lower() in ("police", "people"):
        return True
    if unit.kind in ("state", "territory", "person") or not last.endswith("s") or last.endswith(("ss", "us")):
        return False
    return last[:1].islower() or last == "Allies" or unit.kind in ("group", "demonym")


def _singular_body(unit: Unit) -> bool:
    """An actor mention that "it"/"its" can refer back to: a state, an organisation, a ministry or a
    singular body ("the military"); not a person, a people or a plural group."""
    if unit.kind == "pronoun":
        return unit.text.lower() == "it"
    if unit.kind in ("person", "demonym", "participants", "unknown") or _plural_unit(unit):
        return False
    return not (unit.kind == "title" and any(w in _PERSON_WORDS for w in unit.text.lower().split()))


def _word_before(tokens: Sequence[Token], unit: Unit) -> int:
    """Index of the word before an actor, past "the"/"both" (-1 at the sentence's start)."""
    i = unit.tok_start - 1
    while i >= 0 and tokens[i].norm in ("the", "both", "a", "an"):
        i -= 1
    return i


def _only_a_place(tokens: Sequence[Token], unit: Unit) -> bool:
    """The actor names where something happens ("air strikes in Syria"), not who acts."""
    if unit.locative:
        return True
    i = _word_before(tokens, unit)
    return i >= 0 and tokens[i].norm in _PLACE_WORDS and unit.kind != "org"


def _subject_like(tokens: Sequence[Token], unit: Unit) -> bool:
    """The actor opens a clause ("Russia's decision ...", ", and Moscow ...", "said that Kyiv ...") or
    is the one an object-control construction makes the doer of what follows ("called on Moscow to use
    its influence", "criticised the Alliance for its refusal", "accused Kyiv of violating ...")."""
    i = _word_before(tokens, unit)
    if i < 0 or tokens[i].norm in _CLAUSE_OPENERS:
        return True
    j = unit.tok_end
    if j + 1 < len(tokens) and tokens[j].norm == "to" and tokens[j + 1].text[:1].islower():
        return tokens[j + 1].norm not in DETERMINERS
    return (
        j + 1 < len(tokens)
        and tokens[j].norm in _CONTROL_PREPS
        and (tokens[j + 1].norm in ("its", "their") or tokens[j + 1].norm.endswith("ing"))
    )


def _listed(tokens: Sequence[Token], left: Unit, right: Unit) -> bool:
    """Two actors in one list ("Russia and China", "Norway, Ireland and Spain")."""
    between = [t.norm for t in tokens[left.tok_end : right.tok_start]]
    return bool(between) and all(w in ("and", "or", ",", "the") for w in between)


def antecedent(tokens: Sequence[Token], units: Sequence[Unit], index: int) -> Unit | None:
    """Who a possessive "its"/"their" at token ``index`` stands for (the owner of a noun trigger, see
    :func:`detente.coding.roles.possessor`), in the same sentence only: an actor right before ("the United States and its allies"); else the nearest
    agreeing actor (a state or body for "it"; a group or plural noun for "they") when it opens a clause
    or controls what follows ("Russia's decision ..., followed by its strikes on Odesa", "criticised the
    Alliance for its refusal"), or the clause's subject before a nearer actor that only follows a
    preposition ("Turkey suspended agreements with Israel, citing its ..."). Places ("strikes in Syria")
    are never antecedents; two equally likely ones (a subject and a later object of a verb, two actors
    in a list) give none. (Subject "it"/"they" keep :func:`_sayer_code` and the nearest actor: this rule
    measured no better for them.)"""
    plural = tokens[index].norm in ("they", "their", "them")
    agrees = _plural_unit if plural else _singular_body
    cands = [
        u
        for u in units
        if u.tok_end <= index
        and u.code is not None
        and not _only_a_place(tokens, u)
        and not (u.kind == "pronoun" and u.text.lower() in _FIRST_PERSON)
        and agrees(u)
    ]
    if not cands:
        return None
    nearest = cands[-1]
    between = [t.norm for t in tokens[nearest.tok_end : index]]
    if between in (["and"], [","], ["or"]):
        return nearest  # "Ukraine and its allies", "the militants and their commanders"
    if _subject_like(tokens, nearest):
        earlier = cands[-2] if len(cands) > 1 else None
        if earlier is not None and earlier.code != nearest.code and _listed(tokens, earlier, nearest):
            return None  # "Russia and China ... its": either one
        return nearest
    if all(u.code == nearest.code for u in cands):
        return nearest
    prev = _word_before(tokens, nearest)
    if prev >= 0 and tokens[prev].norm in PREPOSITIONS:
        subjects = [u for u in cands if _subject_like(tokens, u)]
        if subjects and not any(_listed(tokens, a, b) for a, b in itertools.pairwise(subjects)):
            return subjects[-1]  # "Turkey suspended agreements with Israel, citing its security"
    return None


_RELATIVES = frozenset({"which", "whom"})


def _relative_clause_subject(tokens: Sequence[Token], units: Sequence[Unit], i: int) -> str | None:
    """ "Allies condemn Russia's annexation of Crimea, which they will not recognise": "it"/"they" right
    after ", which" is the subject of the sentence's main clause (its opening actor), not the nearest actor
    before it, which is part of what "which" stands for."""
    if tokens[i].norm not in ("it", "they") or i < 2:
        return None
    if tokens[i - 1].norm not in _RELATIVES or tokens[i - 2].norm != ",":
        return None
    if any(t.norm in _SAID for t in tokens[i + 1 : i + 3]):
        return None  # ", which it said was a provocation": a sayer's relative, read as before
    first = next((u for u in units if u.code is not None and u.kind != "pronoun"), None)
    if first is None or first.tok_start > 1 or first.end > tokens[i - 2].start:
        return None  # no actor opens the sentence: leave "they" to the nearest one
    return first.code


_TELLING = frozenset(
    {
        "tell",
        "tells",
        "told",
        "telling",
        "inform",
        "informs",
        "informed",
        "assure",
        "assures",
        "assured",
        "notify",
        "notifies",
        "notified",
        "warn",
        "warns",
        "warned",
        "remind",
        "reminds",
        "reminded",
    }
)


_BIDDING = frozenset(
    {"must", "should", "ought", "needs", "need", "has", "have", "had", "was", "were", "is", "are"}
)


def _teller_of(tokens: Sequence[Token], units: Sequence[Unit], i: int) -> str | None:
    """ "Pakistan tells UN it reserves right to respond": "it"/"they" right after the one told is the teller
    (the subject before the telling verb), not the one told."""
    if tokens[i].norm not in ("it", "they") or i + 1 >= len(tokens) or tokens[i + 1].norm in _BIDDING:
        return None  # ("told Russia it must withdraw": the one told is bidden)
    told = next((u for u in units if u.tok_end == i and u.code is not None), None)
    if told is None or told.tok_start < 2:
        return None
    before = told.tok_start - 1
    if tokens[before].norm in _TELLING:
        verb = before
    elif tokens[before].norm == "the" and tokens[before - 1].norm in _TELLING:
        verb = before - 1  # "told the UN it ...": one article between
    else:
        return None
    teller = next((u for u in units if u.tok_end == verb and u.code is not None), None)
    return teller.code if teller is not None and teller.code != told.code else None


def _pronoun_code(norm: str, units: Sequence[Unit], pos: int, speaker: str | None) -> str | None:
    if norm in ("i", "we", "me", "us"):
        return speaker
    if speaker is not None and norm in ("he", "she"):
        return written5.named_person_before(units, pos) or speaker  # "Lavrov said he ..." (s28-written)
    before = [u for u in units if u.end <= pos]
    person_before = any(u.kind in ("person", "title") and u.code is not None for u in before)
    for unit in reversed(before):
        if unit.code is None or unit.locative or unit.kind == "pronoun":
            continue
        if norm == "it" and (
            unit.kind in ("group", "person") or (unit.kind == "demonym" and " " in unit.text)
        ):
            continue  # "the troops it deployed", "the Ukrainian sailors it seized": "it" is a state or body
        if norm in ("he", "she") and unit.kind not in ("person", "title") and person_before:
            continue  # "Ivanov ... his trip to Washington and said he ...": "he" is a person, not a capital
        return unit.code
    return None  # "it"/"they" with no actor before refer to things or to others, not to the speaker


_NAME_PARTICLES = frozenset(
    {"bin", "ibn", "al", "el", "de", "da", "van", "von", "der", "den", "du", "dos", "di", "la", "le"}
)


def _unknown_names(tokens: Sequence[Token], covered: list[bool]) -> list[Unit]:
    out: list[Unit] = []
    after = 0  # the first token not yet read into a name
    for i in [k for k, tok in enumerate(tokens) if tok.text[:1].isupper()]:
        tok = tokens[i]
        if (
            i < after
            or covered[i]
            or tok.norm in _CAP_STOP
            or tok.norm.endswith("#month")  # "on 5 March 2009": a date's month
            or not tok.text[:1].isalpha()
            # "F-16s", "Su-24", "MH17": equipment, not actors (a letter is never a digit)
            or (not tok.text.isalpha() and any(ch.isdigit() for ch in tok.text))
        ):
            continue
        j = i + 1
        while j < len(tokens) and not covered[j]:
            here = tokens[j]
            if here.text[:1].isupper() and here.norm not in _CAP_STOP:
                j += 1
            elif (
                here.norm in _NAME_PARTICLES
                and j + 1 < len(tokens)
                and not covered[j + 1]
                and tokens[j + 1].text[:1].isupper()
            ):
                j += 2  # "Osama bin Laden", "Ursula von der Leyen" (one particle at a time)
            else:
                break
        if i == 0 and j == 1 and tok.norm.endswith(("ing", "ly")):
            pass  # "Stressing ...", "Meanwhile": an opening word, not a name
        elif i > 0 and covered[i - 1] and all(t.norm in _OFFICE_WORDS for t in tokens[i:j]):
            pass  # "NATO Foreign Ministers", "EU Defence Ministers": the actor's own office holders, no name
        elif readouts2.title_modifier(tokens, covered, i, j):
            pass  # "Federal Chancellor of Germany X": a title word before the leader (s26-readouts2)
        elif not (j - i == 1 and tok.text.isupper() and len(tok.text) <= 2):
            locative = i > 0 and tokens[i - 1].norm in ("in", "at", "near", "around", "across")
            out.append(Unit(tok.start, tokens[j - 1].end, i, j, None, "unknown", locative, tok.text))
        after = j
    return out


# ----------------------------------------------------------------------------------------------- stage 4: roles


_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'\- ]{2,40}(?:,\s*[A-Z][A-Za-z.'\- ]{1,40})?)"
    r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2})?)?\s*(?:\([A-Za-z .]{2,20}\))?\s*(?::|--|\u2014|-\s)"
)


def dateline(dictionary: ActorDictionary, text: str, date: dt.date) -> tuple[int, str | None]:
    """A news dateline opening the sentence ("MOSCOW, Sept. 24 --", "NAIROBI, Kenya:"): where it ends, and
    the state it names. The dateline is not an actor of the sentence; its state is the home of unnamed
    titles ("the government will provide subsidies" after "SINGAPORE:")."""
    # (the pattern ends at a colon or a dash: no match without one, s28-speed)
    found = _DATELINE.match(text) if ":" in text or "-" in text or "\u2014" in text else None
    if not found or not found["place"].split(",")[0].strip().isupper():
        return 0, None
    place = found["place"].title()
    for m in dictionary.match(place, date=date):
        if m.kind in (ActorKind.STATE, ActorKind.METONYM) and m.code:
            return found.end(), m.code
    return found.end(), None


_TURN = re.compile(r"^\s*(?P<who>[A-Z][^:;.!?\n\"“”]{0,90}?)\s*:\s+(?=[\"“'‘A-Z0-9])")
_TURN_SMALL = words("of the and for on in to at de da di del von van der den al bin ibn la le")
_TURN_MARKERS = words("question questions remark reply response answer comment")
_FLOOR_MARKERS = words("q moderator interpreter journalist reporter audience")
"""Upper-case labels of a press conference transcript for those who are nobody's "we": the journalists'
questions ("Q:") and whoever chairs or translates."""
_SPEAKER_KINDS = frozenset({ActorKind.PERSON, ActorKind.TITLE})


@dataclass(frozen=True, slots=True)
class Turn:
    """A transcript's speaker label opening a sentence ("Vladimir Putin: ...", "Question: ...")."""

    end: int
    """Where the label and its colon end."""
    code: str | None
    """The actor who speaks, when the label names a known one."""
    marker: bool = False
    """The label marks a question or the chair ("Question:", "Q:", "MODERATOR:"): no known actor speaks."""


def speaker_turn(dictionary: ActorDictionary, text: str, date: dt.date | None) -> Turn | None:
    """The speaker label opening ``text``, as transcripts print them: a name, a title and name ("President
    of Russia Vladimir Putin"), or a marker ("Question", "Question from the Khabarovsk Territory"), then a
    colon; in capitals, as NATO's transcripts print them ("NATO SECRETARY GENERAL:", "JENS STOLTENBERG:",
    "OANA LUNGESCU (NATO Spokesperson):", "Q:", "MODERATOR:"), only a marker or a label the dictionary
    reads as a person or a title from end to end. Not an upper-case dateline ("MOSCOW:", "NAIROBI,
    Kenya:"), and not a clause ("The answer is simple: ...": its words must be capitalised, apart from
    small joining words)."""
    found = _TURN.match(text) if ":" in text else None  # (a label ends at its colon, s28-speed)
    if found is None:
        return None
    who = found["who"].strip()
    words_ = re.sub(r"\([^)]{0,40}\)", " ", who).split()
    if not words_ or len(words_) > 12:
        return None
    first = words_[0].lower()
    if "," in who and who.split(",")[0].isupper():
        return None  # "NAIROBI, Kenya:": a dateline's place and its country
    if who.isupper() or len(words_[0]) == 1:
        if len(words_) == 1 and first in _FLOOR_MARKERS:
            return Turn(found.end(), None, marker=True)
        code = _capital_label(dictionary, " ".join(words_), date)
        return Turn(found.end(), code) if code is not None else None
    if first in _TURN_MARKERS:
        return Turn(found.end(), None, marker=True)
    if not all(w[:1].isupper() or w.lower() in _TURN_SMALL for w in words_) or len(words_) < 2:
        return None
    return Turn(found.end(), resolve_speaker(dictionary, who, date))


def _capital_label(dictionary: ActorDictionary, label: str, date: dt.date | None) -> str | None:
    """The actor an upper-case speaker label names when the dictionary reads all of it as one person or
    title ("JENS STOLTENBERG", "NATO SECRETARY GENERAL"); ``None`` for a place or anything else."""
    mention = whole_label(dictionary, label, date)
    return mention.code if mention is not None and mention.kind in _SPEAKER_KINDS else None


def whole_label(
    dictionary: ActorDictionary, label: str, date: dt.date | None, *, article: bool = False
) -> Mention | None:
    """The one known actor a short label names from end to end ("JENS STOLTENBERG", "Kremlin"; with
    ``article``, "the Kremlin" too); ``None`` when it names none, several, or more words than the actor."""
    found = [m for m in dictionary.match(label, date=date) if m.code is not None]
    if len(found) != 1:
        return None
    mention = found[0]
    before = label[: mention.start].strip().lower()
    if not (before == "" or (article and before == "the")) or label[mention.end :].strip():
        return None
    return mention
