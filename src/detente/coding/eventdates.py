"""Event dates: the date a sentence states for its event, resolved against the publication date.

:func:`find_dates` lists the date expressions of a sentence with their spans; :func:`event_date` picks the
one nearest the event's words, else the publication date (precision day). A date after publication
never dates an act reported as done (it is a deadline or a goal).

Expressions understood (English, as in official press releases and wire copy):

* full dates: ``19 May 2015``, ``May 19, 2015``, ``2015-05-19``, ``19.05.2015`` → day;
* month and year: ``April 2014``, ``in April of 2014`` → month;
* a day and month without a year (``on 19 May``, ``May 19``) → day, in the publication year (the year
  before when that would put a past event more than a month after publication);
* a bare year after ``in``/``during``/``since``/``by``/``until`` (``in 2014``), or after a season (``in
  spring 2009``, ``the autumn of 1998``) → year; a lone number is
  never taken for a year ("the 1994 genocide" names an event, not when the sentence's event happened);
* weekdays (``on Tuesday``) → the last such day on or before publication (the next one when the event is
  announced for the future); ``today``/``yesterday``/``tomorrow`` → day; ``last week`` → day (the
  publication date minus 7 days); ``last month``/``this month``/``next month`` → month; ``last year``/
  ``this year``/``next year`` → year.

A weekday followed by a full date in brackets (``on Tuesday (19 May 2015)``) is one expression: the
stated date wins.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass

from detente.model import PartialDate, Precision

logger = logging.getLogger(__name__)

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

_MON = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>1[89]\d\d|20\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("dotted", re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<mnum>[01]?\d)\.(?P<year>1[89]\d\d|20\d\d)\b")),
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON}\s*,?\s+{_YEAR}\b")),
    ("mdy", re.compile(rf"\b{_MON}\s+{_DAY}\s*,?\s+{_YEAR}\b")),
    ("my", re.compile(rf"\b{_MON}\s+(?:of\s+)?{_YEAR}\b")),
    ("dm", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON}\b(?!\s*,?\s*\d)")),
    ("md", re.compile(rf"\b{_MON}\s+{_DAY}\b(?![\d,]*\s*\d{{4}})")),
    ("year", re.compile(rf"\b(?:in|during|since|by|until|throughout|early|late|mid-)\s+(?:early\s+|late\s+)?{_YEAR}\b(?!\s*[-–]\s*\d)", re.I)),
    ("year", re.compile(rf"\b(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?{_YEAR}\b(?!\s*[-–]\s*\d)", re.I)),
    ("weekday", re.compile(rf"\b{_WD}\b")),
    ("relative", re.compile(r"\b(?P<rel>today|yesterday|tomorrow|tonight|(?:last|this|next|previous|past)\s+(?:week|month|year))\b", re.I)),
]  # fmt: skip
_MONTH_KINDS = frozenset({"dmy", "mdy", "my", "dm", "md"})
"""The patterns that need a month's name (:data:`_MON`)."""
_MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
"""How every name :data:`_MON` takes begins (it is case-sensitive)."""
_NEEDED = {"iso": "-", "dotted": ".", "weekday": "day"}
"""What every match of these patterns holds: the ISO date's hyphen, the dotted date's dot, the weekday's "day"."""
_WORDS_ONLY = [(kind, pattern) for kind, pattern in _PATTERNS if kind in ("weekday", "relative")]
"""The expressions that need no digit: a sentence without one is searched for these alone."""
_DIGIT = re.compile(r"\d")
_AMBIGUOUS_MONTH_WORDS = re.compile(r"^(?:may|mar|march|jun|sept?)\.?$", re.I)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression at ``text[start:end]`` and the partial date it stands for."""

    start: int
    end: int
    value: PartialDate
    kind: str


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month(m: re.Match[str]) -> int:
    if m.groupdict().get("mnum"):
        return int(m["mnum"])
    return _MONTHS[m["mon"].lower().rstrip(".")]


def _resolve(kind: str, m: re.Match[str], pub: dt.date, *, future: bool) -> PartialDate | None:
    if kind in ("iso", "dotted", "dmy", "mdy"):
        day = _safe_date(int(m["year"]), _month(m), int(m["day"]))
        return PartialDate(day, Precision.DAY) if day else None
    if kind == "my":
        return PartialDate(dt.date(int(m["year"]), _month(m), 1), Precision.MONTH)
    if kind in ("dm", "md"):
        if kind == "md" and _AMBIGUOUS_MONTH_WORDS.match(m["mon"]) and m["mon"][0].islower():
            return None
        day = _safe_date(pub.year, _month(m), int(m["day"]))
        if day is None:
            return None
        if not future and day > pub + dt.timedelta(days=31):
            day = _safe_date(pub.year - 1, day.month, day.day) or day
        return PartialDate(day, Precision.DAY)
    if kind == "year":
        return PartialDate(dt.date(int(m["year"]), 1, 1), Precision.YEAR)
    if kind == "weekday":
        target = _WEEKDAYS[m["wd"].lower()]
        if future:
            delta = (target - pub.weekday()) % 7
            return PartialDate(pub + dt.timedelta(days=delta), Precision.DAY)
        delta = (pub.weekday() - target) % 7
        return PartialDate(pub - dt.timedelta(days=delta), Precision.DAY)
    if kind == "relative":
        return _relative(m["rel"].lower().split(), pub)
    return None


def _relative(words: list[str], pub: dt.date) -> PartialDate | None:
    if words[0] in ("today", "tonight"):
        return PartialDate(pub, Precision.DAY)
    if words[0] == "yesterday":
        return PartialDate(pub - dt.timedelta(days=1), Precision.DAY)
    if words[0] == "tomorrow":
        return PartialDate(pub + dt.timedelta(days=1), Precision.DAY)
    step = {"last": -1, "previous": -1, "past": -1, "this": 0, "next": 1}[words[0]]
    unit = words[1]
    if unit == "week":
        return PartialDate(pub + dt.timedelta(days=7 * step), Precision.DAY) if step else None
    if unit == "month":
        month_index = pub.year * 12 + pub.month - 1 + step
        return PartialDate(dt.date(month_index // 12, month_index % 12 + 1, 1), Precision.MONTH)
    return PartialDate(dt.date(pub.year + step, 1, 1), Precision.YEAR)


def find_dates(text: str, pub: dt.date, *, future: bool = False) -> list[DateMention]:
    """Date expressions of one sentence, left to right, without overlaps (the longer, more precise wins)."""
    if not text:
        return []
    found: list[DateMention] = []
    patterns = _PATTERNS if _DIGIT.search(text) else _WORDS_ONLY
    # (s28-speed) a pattern runs only when the text holds what each of its matches holds
    month = any(stem in text for stem in _MONTH_STEMS)
    for kind, pattern in patterns:
        if kind in _MONTH_KINDS and not month:
            continue
        needed = _NEEDED.get(kind)
        if needed is not None and needed not in text:
            continue
        for m in pattern.finditer(text):
            if any(m.start() < d.end and d.start < m.end() for d in found) or _first_since(text, m):
                continue
            try:
                value = _resolve(kind, m, pub, future=future)
            except (ValueError, OverflowError, KeyError) as exc:
                logger.debug("date %r not resolved: %s", m.group(), exc)
                continue
            if value is not None:
                found.append(DateMention(m.start(), m.end(), value, kind))
    found.sort(key=lambda d: d.start)
    return _merge_weekday_brackets(text, found)


_FIRST_SINCE = re.compile(r"\bfirst\b[^,.;:]{0,50}\bsince\s*$", re.IGNORECASE)
_SINCE_LEAD = re.compile(r"^since\s+", re.IGNORECASE)


def _first_since(text: str, m: re.Match[str]) -> bool:
    """The date of "for the first time since June 2014": when the last such event was, not this one's."""
    lead = _SINCE_LEAD.match(m.group())
    end = m.start() + (lead.end() if lead else 0)
    return _FIRST_SINCE.search(text[max(0, end - 80) : end]) is not None


def _merge_weekday_brackets(text: str, found: list[DateMention]) -> list[DateMention]:
    """``Tuesday (19 May 2015)``: one expression, the stated date."""
    out: list[DateMention] = []
    for d in found:
        if out and out[-1].kind == "weekday" and d.value.precision is Precision.DAY:
            between = text[out[-1].end : d.start]
            if re.fullmatch(r"\s*[(,]?\s*", between):
                out[-1] = DateMention(out[-1].start, d.end, d.value, d.kind)
                continue
        out.append(d)
    return out


def event_date(
    text: str,
    pub: dt.date,
    *,
    near: tuple[int, int] | None = None,
    future: bool = False,
    happened: bool = False,
) -> PartialDate:
    """The date of an event whose words are at ``near`` (a span of ``text``): the nearest stated date in
    the same clause (no comma, semicolon or bracket between), else the nearest at all, else the publication
    date with precision day.

    With ``happened`` (an act the sentence reports as done or denies), dates that begin after publication
    are not the act's date: "committed to spending 5% by 2035" was committed when it was published."""
    return nearest_date(text, find_dates(text, pub, future=future), pub, near=near, happened=happened)


def nearest_date(
    text: str,
    dates: list[DateMention],
    pub: dt.date,
    *,
    near: tuple[int, int] | None = None,
    happened: bool = False,
) -> PartialDate:
    """:func:`event_date` over dates already found in ``text`` (a sentence's dates are found once)."""
    if happened:
        dates = [d for d in dates if d.value.value <= pub]
    if not dates:
        return PartialDate(pub, Precision.DAY)
    if near is None:
        return dates[0].value
    lo, hi = near

    def distance(d: DateMention) -> int:
        if d.end <= lo:
            gap, between = lo - d.end, text[d.end : lo]
        elif d.start >= hi:
            gap, between = d.start - hi, text[hi : d.start]
        else:
            return 0
        return gap + (1000 if any(mark in between for mark in ",;:()") else 0)  # same clause first

    return min(dates, key=distance).value
