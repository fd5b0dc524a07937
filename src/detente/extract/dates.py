"""Isolated date strings: the forms that news lists, topic pages and text scrapes print.

Supported (English month names and abbreviations, any case, with or without a dot):

=====================  ==========================  =================
form                   example                     precision
=====================  ==========================  =================
day month year         ``05 Oct. 2015``,           day
                       ``5 October 2015``,
                       ``29 Sept. 2015``
month day, year        ``October 5, 2015``,        day
                       ``Oct. 5 2015``
ISO                    ``2015-10-05``              day
dotted (day first)     ``05.10.2015``              day
month year             ``April 2014``,             month
                       ``Apr. 2014``
year                   ``2014``                    year
=====================  ==========================  =================

An ordinal suffix (``5th``) and a weekday before or after the date (``Tuesday, 19 May 2015``,
``January 3, 2018, Wednesday``) are accepted by :func:`parse_date_text`.

A text that has the *shape* of a date but names an impossible day (``31 Feb. 2015``, ``2015-13-01``)
raises :class:`~detente.errors.InputError` with reason ``bad_date``, so the caller can report the item
instead of silently dropping its date.

Years have exactly four digits. In :func:`match_leading_date` a year written after a month *name* may be
glued to any following text, digits included (``05 Oct. 20151 soldier`` reads as 2015 + ``1 soldier``),
because scrapes glue the teaser to the date; a numeric form (``2015-10-05``, ``05.10.2015``) or a bare
``2014`` followed by another digit is not a date at all.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable

from detente.errors import InputError
from detente.model import PartialDate, Precision

logger = logging.getLogger(__name__)

BAD_DATE = "bad_date"

MONTHS: dict[str, int] = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}

_MON = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR_GLUED = r"(?P<year>\d{4})"  # after a month name: may be glued to anything
_YEAR = r"(?P<year>\d{4})(?!\d)"
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?"

_FLAGS = re.IGNORECASE

# Each pattern is tried at the start of the text, in this order (longest and most precise first).
_DAY_FIRST = re.compile(rf"{_DAY}[ \t\u00a0]*{_MON}[ \t\u00a0]*,?[ \t\u00a0]*{_YEAR_GLUED}", _FLAGS)
_MONTH_FIRST = re.compile(rf"{_MON}[ \t\u00a0]*{_DAY}(?!\d)[ \t\u00a0]*,?[ \t\u00a0]*{_YEAR_GLUED}", _FLAGS)
_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?!\d)")
_DOTTED = re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?!\d)")
_MONTH_YEAR = re.compile(rf"{_MON}[ \t\u00a0]*,?[ \t\u00a0]*{_YEAR}", _FLAGS)
_YEAR_ONLY = re.compile(_YEAR)

_DAY_PATTERNS: tuple[re.Pattern[str], ...] = (_DAY_FIRST, _MONTH_FIRST, _ISO, _DOTTED)
_PARTIAL_PATTERNS: tuple[re.Pattern[str], ...] = (_MONTH_YEAR, _YEAR_ONLY)

_LEADING_WEEKDAY = re.compile(rf"^{_WEEKDAY}[ \t\u00a0]*,?[ \t\u00a0]*", _FLAGS)
_TRAILING_WEEKDAY = re.compile(rf"[ \t\u00a0]*,?[ \t\u00a0]*{_WEEKDAY}$", _FLAGS)

# For search_date: a date must not start inside a word or a number.
_SEARCH_START = re.compile(r"(?<![\w.])(?=\d|[A-Za-z])")


def _month_of(match: re.Match[str]) -> int:
    named = match.groupdict().get("mon")
    if named is not None:
        return MONTHS[named.lower()]
    return int(match.group("month"))


def _build(match: re.Match[str], precision: Precision) -> PartialDate:
    """The date a pattern matched; :class:`InputError` (``bad_date``) when it does not exist."""
    text = match.group(0)
    year = int(match.group("year"))
    month = _month_of(match) if precision is not Precision.YEAR else 1
    day = int(match.group("day")) if precision is Precision.DAY else 1
    try:
        value = dt.date(year, month, day)
    except ValueError as exc:
        raise InputError(f"invalid date {text.strip()!r}", reason=BAD_DATE) from exc
    return PartialDate(value, precision)


def _match_at_start(text: str, *, partial: bool) -> tuple[PartialDate, int] | None:
    for pattern in _DAY_PATTERNS:
        found = pattern.match(text)
        if found:
            return _build(found, Precision.DAY), found.end()
    if partial:
        found = _MONTH_YEAR.match(text)
        if found:
            return _build(found, Precision.MONTH), found.end()
        found = _YEAR_ONLY.match(text)
        if found:
            return _build(found, Precision.YEAR), found.end()
    return None


def parse_date_text(text: str) -> PartialDate:
    """The date written in ``text`` (the whole text, spaces and a weekday aside).

    Raises :class:`InputError` with reason ``bad_date`` for impossible dates and for text that is not
    one of the supported forms.
    """
    cleaned = " ".join(text.replace("\u00a0", " ").split())
    cleaned = _LEADING_WEEKDAY.sub("", cleaned)
    cleaned = _TRAILING_WEEKDAY.sub("", cleaned).strip(" ,")
    if not cleaned:
        raise InputError("empty date text", reason=BAD_DATE)
    found = _match_at_start(cleaned, partial=True)
    if found is None or found[1] != len(cleaned):
        raise InputError(f"unparseable date {text.strip()[:80]!r}", reason=BAD_DATE)
    return found[0]


def match_leading_date(text: str, *, partial: bool = False) -> tuple[PartialDate, int] | None:
    """A date at the very start of ``text`` and the offset where it ends, even when glued to what follows.

    ``match_leading_date("05 Oct. 2015I just met")`` gives ``(2015-10-05, 12)``. Only day-precision forms
    are looked for unless ``partial`` is true (a title like "2014 Wales Summit" is not a dated line).
    Leading spaces are skipped (the offset counts them). ``None`` when no date starts the text; raises
    :class:`InputError` (``bad_date``) when one does but names an impossible day ("31 Feb. 2015...").
    """
    stripped = text.lstrip(" \t\u00a0\ufeff")
    skipped = len(text) - len(stripped)
    found = _match_at_start(stripped, partial=partial)
    if found is None:
        return None
    date, end = found
    return date, skipped + end


def search_date(text: str, *, partial: bool = False) -> tuple[PartialDate, int, int] | None:
    """The first well-formed date anywhere in ``text`` with its span; impossible dates are skipped.

    Day-precision forms win over partial ones wherever they are; partial forms (``April 2014``,
    ``2014``) are only looked for when ``partial`` is true.
    """
    best = _first(text, lambda s: _match_at_start(s, partial=False))
    if best is None and partial:
        best = _first(text, lambda s: _match_at_start(s, partial=True))
    return best


def _first(
    text: str, matcher: Callable[[str], tuple[PartialDate, int] | None]
) -> tuple[PartialDate, int, int] | None:
    for start in _SEARCH_START.finditer(text):
        pos = start.start()
        try:
            found = matcher(text[pos:])
        except InputError:
            logger.debug("skipping impossible date at %d in %r", pos, text[:80])
            continue
        if found is not None:
            return found[0], pos, pos + found[1]
    return None


def parse_iso_datetime(value: str) -> PartialDate:
    """A machine-readable date (``<time datetime>``): ``2015-10-05``, ``2015-10-05T10:00:00Z``,
    ``2015-10``, ``2015``; other supported forms are accepted too. Raises ``InputError`` (``bad_date``)."""
    cleaned = value.strip()
    iso = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:[T\s]|$)", cleaned)
    if iso:
        try:
            return PartialDate(dt.date(int(iso[1]), int(iso[2]), int(iso[3])), Precision.DAY)
        except ValueError as exc:
            raise InputError(f"invalid date {cleaned[:40]!r}", reason=BAD_DATE) from exc
    month = re.fullmatch(r"(\d{4})-(\d{2})", cleaned)
    if month:
        try:
            return PartialDate(dt.date(int(month[1]), int(month[2]), 1), Precision.MONTH)
        except ValueError as exc:
            raise InputError(f"invalid date {cleaned[:40]!r}", reason=BAD_DATE) from exc
    return parse_date_text(cleaned)
