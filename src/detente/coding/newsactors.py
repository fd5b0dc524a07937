"""Actors of ordinary English news (s22-newsactors): additions to the actor dictionary's data.

News names its actors by description more often than by name: "India's home minister", "Republican
senators", "teachers' unions", "federal prosecutors". :func:`extend` merges ``data/newsactors.toml`` into
the parsed ``actors.toml`` before the dictionary is built (see that file's header for its sections):

* generic groups of news ("unions", "doctors", "nurses", "critics") that override an ``actors.toml`` group
  listing the same phrase (gold codes a union "unions", not "workers");
* a party's people, "<Adjective> <person noun>" ("Republican lawmakers", "Labour MPs") -> the party's
  lower-case code ("republicans", "labour"), as the news gold codes politicians within one state;
* cabinet portfolios as forms of the "Minister" title ("finance minister", "ministry of information",
  "Treasury Secretary"), so a state next to them makes them that state ("France's finance minister");
* metonyms of a state ("federal prosecutors": the United States) and phrases to ignore ("Social
  Democrats" are no "Democrats").

The input mapping is not changed; a new one is returned."""

from __future__ import annotations

import copy
import functools
import importlib.resources
import re
import tomllib
import unicodedata
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from detente.coding.patterns import PREPOSITIONS

if TYPE_CHECKING:
    from detente.coding.actors import Mention
    from detente.coding.patterns import Token, Trigger
    from detente.coding.units import Unit

__all__ = [
    "exemplified",
    "extend",
    "load_additions",
    "minister_forms",
    "office_modifier",
    "party_forms",
    "quoted_speaker",
    "speech_quote",
]

_MINISTER_TITLE = "Minister"


@functools.lru_cache(maxsize=1)
def load_additions() -> Mapping[str, Any]:
    """The parsed ``data/newsactors.toml``."""
    resource = importlib.resources.files("detente.data").joinpath("newsactors.toml")
    return tomllib.loads(resource.read_text(encoding="utf-8"))


def minister_forms(portfolios: Mapping[str, Any]) -> list[str]:
    """Title forms of the cabinet portfolios of ``[portfolios]``: "finance minister", "ministry of finance",
    "Treasury Secretary", ... (lower case, as title forms match either case)."""
    forms: list[str] = []
    for word in portfolios.get("words", []):
        w = str(word)
        forms += [
            f"{w} minister",
            f"{w} ministry",
            f"minister of {w}",
            f"ministry of {w}",
            f"minister for {w}",
            f"{w} ministers",
        ]
    for word in portfolios.get("secretaries", []):
        w = str(word)
        forms += [f"{w} secretary", f"secretary of {w}"]
    forms += [str(f) for f in portfolios.get("others", [])]
    return _unique(forms)


def party_forms(spec: Mapping[str, Any], person_nouns: list[str]) -> list[str]:
    """The phrases of one party: "<adjective> <noun>" for each person noun, then its own ``forms``."""
    adjective = str(spec.get("adjective", "")).strip()
    forms = [f"{adjective} {noun}" for noun in person_nouns] if adjective else []
    forms += [str(f) for f in spec.get("forms", [])]
    return _unique(forms)


def extend(data: Mapping[str, Any], additions: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """``data`` (parsed ``actors.toml``) with the news additions (default: ``data/newsactors.toml``)."""
    add = load_additions() if additions is None else additions
    out: dict[str, Any] = copy.deepcopy(dict(data))
    groups: dict[str, list[str]] = {k: list(v) for k, v in out.get("groups", {}).items()}
    new_groups: dict[str, list[str]] = {k: [str(p) for p in v] for k, v in add.get("groups", {}).items()}
    parties = add.get("parties", {})
    nouns = [str(n) for n in parties.get("person_nouns", [])]
    for code, spec in parties.items():
        if isinstance(spec, Mapping):
            new_groups.setdefault(code, []).extend(party_forms(spec, nouns))
    taken = {p.casefold() for phrases in new_groups.values() for p in phrases}
    for code in list(groups):
        groups[code] = [p for p in groups[code] if p.casefold() not in taken]
    for code, phrases in new_groups.items():
        groups[code] = _unique(groups.get(code, []) + phrases)
    out["groups"] = groups
    titles: dict[str, Any] = {k: dict(v) for k, v in out.get("titles", {}).items()}
    if _MINISTER_TITLE in titles:
        spec = titles[_MINISTER_TITLE]
        spec["forms"] = _unique(list(spec.get("forms", [])) + minister_forms(add.get("portfolios", {})))
        out["titles"] = titles
    states: dict[str, Any] = {k: dict(v) for k, v in out.get("states", {}).items()}
    for code, phrases in add.get("states", {}).items():
        spec = states.setdefault(code, {})
        spec["metonyms"] = _unique(list(spec.get("metonyms", [])) + [str(p) for p in phrases])
    out["states"] = states
    ignore = dict(out.get("ignore", {}))
    ignore["phrases"] = _unique(
        list(ignore.get("phrases", [])) + [str(p) for p in add.get("ignore", {}).get("phrases", [])]
    )
    out["ignore"] = ignore
    return out


_OFFICE_NOUNS = frozenset(
    {
        "minister",
        "ministers",
        "ministry",
        "ministries",
        "secretary",
        "secretaries",
        "chief",
        "chiefs",
        "official",
        "officials",
    }
)


@functools.lru_cache(maxsize=1)
def _portfolio_words() -> frozenset[str]:
    add = load_additions().get("portfolios", {})
    return frozenset(str(w).casefold() for w in [*add.get("words", []), *add.get("secretaries", [])])


def office_modifier(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A one-word verb trigger that is a cabinet portfolio naming an office ("Former finance minister John
    Doe was elected", "a finance official said"): the noun modifier of a title, no act ("finance" is no
    funding here)."""
    if not trig.verbal or trig.tok_end != trig.tok_start + 1 or trig.tok_end >= len(tokens):
        return False
    return tokens[trig.tok_start].norm in _portfolio_words() and tokens[trig.tok_end].norm in _OFFICE_NOUNS


_CLASS_NOUNS = frozenset(
    {
        "countries",
        "nations",
        "states",
        "governments",
        "allies",
        "powers",
        "members",
        "neighbours",
        "neighbors",
    }
)


_CLASS_MODIFIERS = frozenset({"the", "some", "other", "several", "many", "few", "a", "certain", "western"})


def exemplified(tokens: Sequence[Token], unit: Unit) -> bool:
    """``unit`` opens the examples of a class of states: "countries like China, Iran and Russia",
    "nations such as ...", "allies, including ..." (the list is the class itself, a subject, not the
    object of a preposition)."""
    i = unit.tok_start - 1
    if i >= 1 and tokens[i].norm == "as" and tokens[i - 1].norm == "such":
        i -= 1
    elif i < 0 or tokens[i].norm not in ("like", "including"):
        return False
    i -= 1
    if i >= 0 and tokens[i].norm == ",":
        i -= 1
    if i < 0 or tokens[i].norm not in _CLASS_NOUNS:
        return False
    i -= 1  # the class itself is no preposition's object ("sanctions on countries like Iran")
    while i >= 0 and tokens[i].norm in _CLASS_MODIFIERS:
        i -= 1
    return i < 0 or tokens[i].norm not in PREPOSITIONS


_OPENING_QUOTE = re.compile(r'\s*(?:"([^"]{1,600})"|\u201c([^\u201d]{1,600})\u201d)')
_SPEECH = (
    r"(?:said|says|say|told|tells|added|adds|stressed|stresses|warned|warns|wrote|writes|tweeted|insisted|"
    r"declared|noted|stated|argued|explained|continued|concluded|announced|posted|remarked)"
)
# after the closing quote: "the German chancellor said", "said Annalena Baerbock, ...", "he told reporters"
_ATTRIBUTION = re.compile(
    r"\s*(?:" + _SPEECH + r"\b|[^\"\u201c\u201d.!?;:]{1,120}?\b" + _SPEECH + r"\b)", re.IGNORECASE
)


def _opening_quote(text: str) -> tuple[int, int] | None:
    """(start, end) of the quotation that opens ``text`` when a speaker's attribution follows it ("'...,'
    the minister said"), else ``None``."""
    found = _OPENING_QUOTE.match(text)
    if found is None:
        return None
    inner = found.group(1) if found.group(1) is not None else found.group(2)
    if not inner.rstrip().endswith((",", "!", "?")) and not text[found.end() :].lstrip().startswith(","):
        return None  # a quoted phrase or title, not reported speech ("'Sleepy Joe' was his nickname")
    if not _ATTRIBUTION.match(text[found.end() :]):
        return None
    return found.start(), found.end()


def speech_quote(text: str, trig: Trigger) -> bool:
    """The trigger is inside the reported speech that opens the sentence, its speaker named after it:
    '"We condemn the strikes," the minister said' (what a side says, not a characterising quote)."""
    span = _opening_quote(text)
    return span is not None and span[0] <= trig.start and trig.end <= span[1]


_ATTRIBUTION_END = re.compile(r"\s(?:of|about|on|in|at|after|when|as|during|before|while|to|that)\s|[;.!?]")


def quoted_speaker(text: str, mentions: Sequence[Mention], current: str | None = None) -> str | None:
    """Who says "I"/"we" in the quotation that opens ``text`` when its speaker is named after it; ``current``
    (the document's speaker) when the sentence opens with no such quotation or the attribution names no
    known actor ("he said", "the minister said of the Russian demands"). The first resolved mention there
    that names an office or nationality decides ("the German foreign minister said": DEU; "said Jane Roe,
    the Canadian defence minister": CAN). A politician's bare name ("Ishiba said") keeps ``current`` when
    it is that speaker's own actor and otherwise leaves "we" open: a third party's "I" is not the document's
    speaker ('"Kerry and I agreed," Lavrov said' in NATO's text), and the news gold codes politicians by
    party or government as the context says."""
    span = _opening_quote(text)
    if span is None:
        return current
    tail = _ATTRIBUTION.match(text, span[1])
    if tail is None:
        return current
    end = tail.end()
    if " " not in text[span[1] : tail.end()].strip(" ,"):
        # the verb comes first: "said Jane Roe, the Canadian defence minister", up to what it is said of
        stop = _ATTRIBUTION_END.search(text, tail.end())
        end = stop.start() if stop is not None else len(text)
    bare: str | None = None
    for m in mentions:
        if span[1] <= m.start and m.end <= end and m.code is not None and m.code[:1].isupper():
            if not _bare_name(m):
                return m.code
            bare = bare or m.code
    if bare is not None:
        return current if bare == current else None
    return current


def _bare_name(m: Mention) -> bool:
    """A person named without office or nationality ("Ishiba", "Annalena Baerbock")."""
    if m.kind != "person":
        return False
    said = "".join(ch for ch in unicodedata.normalize("NFKD", m.text.casefold()) if ch.isalnum() or ch == " ")
    name = "".join(
        ch
        for ch in unicodedata.normalize("NFKD", (m.person or m.entry).casefold())
        if ch.isalnum() or ch == " "
    )
    return bool(said.strip()) and said.strip() in name


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out
