"""Import larger actor dictionaries: PETRARCH/Phoenix actor and agent files, and a simple CSV.

Imported actors become :class:`~detente.coding.actors.Actor` values, merged into the shipped dictionary
with :func:`import_dictionaries` (or ``load_dictionary().merged(actors)``); on a surface form both define,
the imported actor wins.

PETRARCH / Phoenix actor files (``*.actors.txt``), as read here
================================================================

* Comments: ``<!-- ... -->`` (on one line or several), lines starting with ``#`` or ``<!``, and anything
  after ``#`` on a line. Blank lines are skipped.
* ``PHRASE [CODE]`` starts an entry; ``PHRASE`` alone starts one whose code lines follow. Words are joined
  by ``_`` or spaces; a trailing ``_`` is dropped. Phrases match whole words (PETRARCH 2's behaviour;
  TABARI's stem matching of words without ``_`` is not reproduced).
* ``+PHRASE`` adds a synonym to the current entry.
* A code line ``[CODE ...]`` belongs to the current entry: ``[CODE]`` is its code outside any date
  restriction; ``[CODE <D]`` holds before D, ``[CODE >D]`` from D on, ``[CODE D1-D2]`` (spaces allowed)
  from D1 to before D2, and ``[CODE >D1 <D2]`` the same. Dates are ``YYYYMMDD`` or ``YYMMDD`` (YY up to 30
  is 20YY, else 19YY). The first restriction that holds wins; otherwise the undated code.
* Codes ``---``/``+++``/``###`` mean "no code": the phrase is known but unresolved. ``A/B`` keeps ``A``.
* With ``reduce_codes=True`` (the default) CAMEO codes are reduced to this project's scheme, as the dev
  gold does: the first three letters of a country code (``USAGOV`` -> ``USA``), IGOs to NATO/EU/UN/OSCE/
  AU when recognisable, ``---REB`` -> ``rebels`` and other ``---`` sector codes to lower-case words.
* Case: PETRARCH writes phrases in capitals. A one-word phrase of at most three letters (dots aside, "UN",
  "U.S.") stays an acronym matched in capitals only; other words become capitalised ("Argentina"), small
  function words lower case, so "Turkey" still needs its capital and "NATO" matches "Nato" and "NATO".
* An entry is a dated actor (a person) when it has date restrictions, a state when its code is a state
  code of the base dictionary, a group when the code is lower case, else an organisation.

Agent files (``*.agents.txt``): ``PHRASE {PLURAL ...} [~CODE]`` lines become titles resolved like the
shipped ones ("Russian foreign minister" -> RUS). ``!NAME! = A, B`` defines a substitution used inside
phrases. ``{}`` means no plural; without braces the plural is made by adding ``S`` (``Y`` -> ``IES``).
``[CODE~]`` (a prefix code) makes a group coded by ``CODE`` in lower case.

CSV (``name,code,start,end,kind``; a header row naming the columns is required, ``start``/``end``/
``kind`` may be absent or empty): rows with the same name and kind make one actor; dated rows are its
roles (ISO dates, partial allowed), an undated row its code outside them. ``kind`` is one of state, org,
person, group, metonym, demonym (default: person when dated, else org).

Malformed lines raise :class:`~detente.errors.InputError` naming the file and line.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from detente.coding.actors import (
    Actor,
    ActorDictionary,
    ActorKind,
    Role,
    TitleSpec,
    load_dictionary,
    parse_partial_date,
)
from detente.errors import InputError

__all__ = [
    "import_dictionaries",
    "read_actor_csv",
    "read_petrarch_actors",
    "read_petrarch_agents",
    "reduce_cameo_code",
]

logger = logging.getLogger(__name__)

_NULL_CODES = frozenset({"---", "+++", "###", ""})
_IGO = (
    ("NAT", "NATO"),
    ("EEU", "EU"),
    ("EUR", "EU"),
    ("EEC", "EU"),
    ("UNO", "UN"),
    ("OSC", "OSCE"),
    ("AFU", "AU"),
)
_SPECIAL = {"UNO": "UN", "NATO": "NATO", "EU": "EU", "UN": "UN", "OSCE": "OSCE", "CSTO": "CSTO", "CIS": "CIS"}
_SECTORS = {
    "REB": "rebels",
    "INS": "rebels",
    "SEP": "separatists",
    "MIL": "military",
    "CVL": "civilians",
    "REF": "refugees",
    "OPP": "opposition",
    "GOV": "government",
    "MED": "media",
    "COP": "police",
}
_SMALL_WORDS = frozenset(
    [
        "of",
        "the",
        "and",
        "for",
        "de",
        "du",
        "da",
        "la",
        "le",
        "al",
        "el",
        "von",
        "van",
        "der",
        "den",
        "di",
        "des",
        "on",
        "in",
        "at",
        "to",
    ]
)


def reduce_cameo_code(code: str) -> str | None:
    """A CAMEO actor code reduced to this project's scheme (``None`` for "no code")."""
    code = code.strip().split("/")[0].strip()
    if code in _NULL_CODES or set(code) <= {"-", "+", "#"}:
        return None
    if code.startswith("---"):
        return _SECTORS.get(code[3:6].upper())
    upper = code.upper()
    if upper in _SPECIAL:
        return _SPECIAL[upper]
    if upper.startswith("IGO"):
        for key, value in _IGO:
            if key in upper[3:]:
                return value
        return upper
    if code.islower():
        return upper[:3]
    return upper[:3] if len(upper) >= 3 and upper[:3].isalpha() else upper


# ----------------------------------------------------------------------------------------------- reading


def _source_lines(source: str | Path) -> tuple[str, list[str]]:
    """(label, lines) of a path or of text given directly (text contains a newline)."""
    if isinstance(source, Path) or "\n" not in source:
        path = Path(source)
        try:
            return str(path), path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    return "<text>", source.splitlines()


def _clean_lines(label: str, lines: list[str]) -> Iterator[tuple[int, str]]:
    """Numbered lines without comments or blanks; ``<!-- -->`` may span lines."""
    in_comment = False
    for number, raw in enumerate(lines, start=1):
        line = raw
        if in_comment:
            if "-->" not in line:
                continue
            line = line.split("-->", 1)[1]
            in_comment = False
        while "<!--" in line:
            before, _, after = line.partition("<!--")
            if "-->" in after:
                line = before + after.split("-->", 1)[1]
            else:
                line, in_comment = before, True
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", "<!")):
            continue
        if "#" in line:
            line = line.split("#", 1)[0]
        if line.strip():
            yield number, line.rstrip()


def _phrase_form(phrase: str) -> str:
    """A capitalised, space-separated surface form for an upper-case PETRARCH phrase."""
    words = [w for w in re.split(r"[_\s]+", phrase.strip().strip("_")) if w]
    if len(words) == 1 and len(words[0].replace(".", "")) <= 3:
        return words[0].upper()
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        if "." in word.rstrip("."):
            out.append(word.upper())
        elif i > 0 and low in _SMALL_WORDS:
            out.append(low)
        else:
            out.append("-".join(part[:1].upper() + part[1:] for part in low.split("-")))
    return " ".join(out)


_DATE = r"(\d{6,8})"
_RANGE = re.compile(rf"^{_DATE}\s*-\s*{_DATE}$")
_BOUND = re.compile(rf"([<>])\s*{_DATE}")


def _petrarch_date(value: str, where: str) -> dt.date:
    try:
        if len(value) > 7:
            return dt.date(int(value[:4]), int(value[4:6]), int(value[6:8]))
        year = int(value[:2])
        return dt.date(year + (2000 if year <= 30 else 1900), int(value[2:4]), int(value[4:6]))
    except ValueError as exc:
        raise InputError(f"{where}: bad date {value!r} ({exc})") from exc


def _code_block(block: str, where: str) -> tuple[str, dt.date | None, dt.date | None, bool]:
    """``CODE [restriction]`` -> (code, start, end, dated)."""
    parts = block.split(None, 1)
    if not parts:
        raise InputError(f"{where}: empty code block []")
    code, rest = parts[0], (parts[1].strip() if len(parts) > 1 else "")
    if not rest:
        return code, None, None, False
    ranged = _RANGE.match(rest)
    if ranged:
        return code, _petrarch_date(ranged.group(1), where), _petrarch_date(ranged.group(2), where), True
    bounds = _BOUND.findall(rest)
    if not bounds or _BOUND.sub("", rest).strip():
        raise InputError(f"{where}: cannot read the date restriction {rest!r}")
    start = end = None
    for sign, value in bounds:
        if sign == "<":
            end = _petrarch_date(value, where)
        else:
            start = _petrarch_date(value, where)
    return code, start, end, True


@dataclass
class _Pending:
    forms: list[str] = field(default_factory=list)
    blocks: list[tuple[str, dt.date | None, dt.date | None, bool]] = field(default_factory=list)
    line: int = 0


def read_petrarch_actors(
    source: str | Path, *, reduce_codes: bool = True, state_codes: Iterable[str] | None = None
) -> list[Actor]:
    """Actors of a PETRARCH/Phoenix actor dictionary (a path, or the text itself)."""
    label, lines = _source_lines(source)
    states = set(state_codes) if state_codes is not None else _state_codes()
    actors: list[Actor] = []
    current: _Pending | None = None
    for number, line in _clean_lines(label, lines):
        where = f"{label}:{number}"
        text = line.strip()
        if text.startswith("["):
            if current is None:
                raise InputError(f"{where}: a code line before any actor")
            current.blocks.append(_code_block(_bracket(text, where), where))
            continue
        if text.startswith("+"):
            if current is None:
                raise InputError(f"{where}: a synonym before any actor")
            phrase, blocks = _split_entry(text[1:], where)
            current.forms.append(_phrase_form(phrase))
            current.blocks.extend(blocks)
            continue
        if current is not None:
            actors.extend(_finish(current, label, reduce_codes, states))
        phrase, blocks = _split_entry(text, where)
        current = _Pending([_phrase_form(phrase)], list(blocks), number)
    if current is not None:
        actors.extend(_finish(current, label, reduce_codes, states))
    logger.info("read %d actors from %s", len(actors), label)
    return actors


def _bracket(text: str, where: str) -> str:
    if not text.endswith("]") or text.count("[") != 1 or text.count("]") != 1:
        raise InputError(f"{where}: malformed code block {text!r}")
    return text[1:-1].strip()


def _split_entry(text: str, where: str) -> tuple[str, list[tuple[str, dt.date | None, dt.date | None, bool]]]:
    if "[" not in text and "]" not in text:
        if not text.strip():
            raise InputError(f"{where}: empty phrase")
        return text.strip(), []
    phrase, bracket, rest = text.partition("[")
    if not bracket or "]" not in rest or rest.strip()[-1:] != "]" or not phrase.strip():
        raise InputError(f"{where}: malformed entry {text.strip()!r} (expected PHRASE [CODE])")
    return phrase.strip(), [_code_block(_bracket("[" + rest.strip(), where), where)]


def _finish(pending: _Pending, label: str, reduce_codes: bool, states: set[str]) -> list[Actor]:
    if not pending.blocks:
        logger.warning("%s:%d: actor %s has no code; skipped", label, pending.line, pending.forms[0])
        return []

    def code_of(raw: str) -> str | None:
        if reduce_codes:
            return reduce_cameo_code(raw)
        raw = raw.strip().split("/")[0]
        return None if raw in _NULL_CODES else raw

    default: str | None = None
    roles: list[Role] = []
    for raw, start, end, dated in pending.blocks:
        code = code_of(raw)
        if dated:
            if code is not None:
                roles.append(Role(code, "", start, end))
        elif default is None:
            default = code
    if roles:
        kind = ActorKind.PERSON
    elif default is not None and default.islower():
        kind = ActorKind.GROUP
    elif default is not None and default[:3] in states and (len(default) == 3 or not reduce_codes):
        kind = ActorKind.STATE
    else:
        kind = ActorKind.ORG
    forms = list(dict.fromkeys(pending.forms))
    return [Actor(forms[0], kind, default, forms=forms, roles=tuple(roles))]


def _state_codes() -> set[str]:
    base = load_dictionary()
    return {code for code, kind in base.code_kinds.items() if kind is ActorKind.STATE}


# ----------------------------------------------------------------------------------------------- agents

_MACRO = re.compile(r"^!(\w+)!\s*=\s*(.+)$")


def read_petrarch_agents(source: str | Path) -> list[Actor]:
    """Agents of a PETRARCH agent dictionary as titles (``[~CODE]``) or groups (``[CODE~]``)."""
    label, lines = _source_lines(source)
    macros: dict[str, list[str]] = {}
    actors: list[Actor] = []
    for number, line in _clean_lines(label, lines):
        where = f"{label}:{number}"
        text = line.strip()
        macro = _MACRO.match(text)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        phrase, bracket, rest = text.partition("[")
        if not bracket or not rest.strip().endswith("]") or not phrase.strip():
            raise InputError(f"{where}: malformed agent {text!r} (expected PHRASE {{PLURALS}} [~CODE])")
        code = rest.strip()[:-1].strip()
        if "~" not in code or not code.replace("~", "").strip():
            raise InputError(f"{where}: agent code {code!r} needs a '~' marking where the actor code goes")
        phrase, plurals = _agent_plurals(phrase.strip(), where)
        forms: list[str] = []
        for expanded in _expand_macros(phrase, macros, where):
            forms.append(_agent_form(expanded))
            if plurals is None:
                forms.append(_agent_form(_plural(expanded)))
        forms.extend(_agent_form(p) for p in plurals or ())
        actors.append(_agent_actor(code, list(dict.fromkeys(forms))))
    logger.info("read %d agents from %s", len(actors), label)
    return actors


def _agent_plurals(phrase: str, where: str) -> tuple[str, list[str] | None]:
    if "{" not in phrase:
        return phrase, None
    head, _, rest = phrase.partition("{")
    if "}" not in rest:
        raise InputError(f"{where}: unclosed '{{' in {phrase!r}")
    return head.strip(), rest.split("}", 1)[0].split()


def _expand_macros(phrase: str, macros: dict[str, list[str]], where: str) -> list[str]:
    found = re.search(r"!(\w+)!", phrase)
    if not found:
        return [phrase]
    name = found.group(1)
    if name not in macros:
        raise InputError(f"{where}: undefined substitution !{name}!")
    out: list[str] = []
    for word in macros[name]:
        out.extend(_expand_macros(phrase[: found.start()] + word + phrase[found.end() :], macros, where))
    return out


def _plural(phrase: str) -> str:
    if phrase.endswith("Y") and not phrase.endswith(("AY", "EY", "OY")):
        return phrase[:-1] + "IES"
    if phrase.endswith(("S", "X", "CH", "SH")):
        return phrase + "ES"
    return phrase + "S"


def _agent_form(phrase: str) -> str:
    return " ".join(w for w in re.split(r"[_\s]+", phrase.lower()) if w)


def _agent_actor(code: str, forms: list[str]) -> Actor:
    code = code.replace(" ", "")
    if code.startswith("~"):
        title = TitleSpec(code, "state")
        return Actor(code, ActorKind.TITLE, None, forms=forms, title=title)
    return Actor(code, ActorKind.GROUP, code.replace("~", "").lower(), forms=forms)


# ----------------------------------------------------------------------------------------------- CSV

_CSV_KINDS = {k.value: k for k in ActorKind if k not in (ActorKind.HEAD, ActorKind.IGNORE, ActorKind.TITLE)}


def read_actor_csv(source: str | Path) -> list[Actor]:
    """Actors of a ``name,code,start,end,kind`` CSV file (a path, or the text itself)."""
    label, lines = _source_lines(source)
    reader = csv.reader(io.StringIO("\n".join(lines)))
    header = [h.strip().lower() for h in next(reader, [])]
    if "name" not in header or "code" not in header:
        raise InputError(f"{label}:1: the header must name the columns (name,code[,start,end,kind])")
    unknown = set(header) - {"name", "code", "start", "end", "kind"}
    if unknown:
        raise InputError(f"{label}:1: unknown columns {sorted(unknown)}")
    grouped: dict[tuple[str, ActorKind | None], tuple[list[Role], list[str]]] = {}
    for row in reader:
        number = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise InputError(f"{label}:{number}: expected {len(header)} fields, got {len(row)}")
        cells = {h: c.strip() for h, c in zip(header, row, strict=True)}
        _csv_row(cells, f"{label}:{number}", grouped)
    actors: list[Actor] = []
    for (name, kind), (roles, codes) in grouped.items():
        final = kind or (ActorKind.PERSON if roles else ActorKind.ORG)
        actors.append(Actor(name, final, codes[0] if codes else None, forms=[name], roles=tuple(roles)))
    logger.info("read %d actors from %s", len(actors), label)
    return actors


def _csv_row(
    cells: dict[str, str],
    where: str,
    grouped: dict[tuple[str, ActorKind | None], tuple[list[Role], list[str]]],
) -> None:
    name, code = cells.get("name", ""), cells.get("code", "")
    if not name:
        raise InputError(f"{where}: empty name")
    if not code:
        raise InputError(f"{where}: empty code for {name!r}")
    kind_text = cells.get("kind", "").lower()
    if kind_text and kind_text not in _CSV_KINDS:
        raise InputError(f"{where}: unknown kind {kind_text!r} (one of {', '.join(sorted(_CSV_KINDS))})")
    kind = _CSV_KINDS.get(kind_text)
    try:
        start = parse_partial_date(cells.get("start", ""))
        end = parse_partial_date(cells.get("end", ""), end=True)
    except ValueError as exc:
        raise InputError(f"{where}: {exc}") from exc
    if start and end and end <= start:
        raise InputError(f"{where}: end {cells.get('end')} is not after start {cells.get('start')}")
    roles, codes = grouped.setdefault((name, kind), ([], []))
    if start or end:
        roles.append(Role(code, "", start, end))
    else:
        codes.append(code)


# ----------------------------------------------------------------------------------------------- merging


def import_dictionaries(
    sources: Iterable[str | Path], *, base: ActorDictionary | None = None, reduce_codes: bool = True
) -> ActorDictionary:
    """The shipped dictionary (or ``base``) extended with imported files.

    ``.csv`` files are read as CSV, files whose name contains ``agent`` as PETRARCH agents, anything else
    as PETRARCH/Phoenix actors.
    """
    dictionary = base or load_dictionary()
    extra: list[Actor] = []
    for source in sources:
        path = Path(source)
        if path.suffix.lower() == ".csv":
            extra.extend(read_actor_csv(path))
        elif "agent" in path.name.lower():
            extra.extend(read_petrarch_agents(path))
        else:
            states = {c for c, k in dictionary.code_kinds.items() if k is ActorKind.STATE}
            extra.extend(read_petrarch_actors(path, reduce_codes=reduce_codes, state_codes=states))
    return dictionary.merged(extra)
