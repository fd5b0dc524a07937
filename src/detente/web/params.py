"""Query-string parameters, checked: a bad value is a 400 with the JSON error shape, never a 500."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from detente.errors import InputError, NotFound

MAX_PAGE = 100_000
MAX_QUERY_CHARS = 500
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class BadRequest(InputError):
    """A query parameter has a value the page cannot use."""

    reason = "bad_request"
    status = 400


def page_number(params: Mapping[str, str], name: str = "page") -> int:
    """``?page=`` as a positive integer (1 when absent or empty)."""
    raw = params.get(name, "").strip()
    if not raw:
        return 1
    if not raw.isdigit() or len(raw) > 7:
        raise BadRequest(f"{name} must be a positive whole number, not {raw[:40]!r}")
    value = int(raw)
    if value < 1 or value > MAX_PAGE:
        raise BadRequest(f"{name} must be between 1 and {MAX_PAGE}, not {value}")
    return value


def iso_day(params: Mapping[str, str], name: str) -> dt.date | None:
    """``?from=`` / ``?to=`` as a calendar date written ``YYYY-MM-DD`` (``None`` when absent or empty)."""
    raw = params.get(name, "").strip()
    if not raw:
        return None
    if not _ISO_DAY.fullmatch(raw):
        raise BadRequest(f"{name} must be a date written YYYY-MM-DD, not {raw[:40]!r}")
    try:
        return dt.date.fromisoformat(raw)
    except ValueError as exc:
        raise BadRequest(f"{name}: {raw} is not a calendar date") from exc


def date_range(params: Mapping[str, str]) -> tuple[dt.date | None, dt.date | None]:
    start, end = iso_day(params, "from"), iso_day(params, "to")
    if start is not None and end is not None and start > end:
        raise BadRequest(f"from ({start}) is after to ({end})")
    return start, end


def text_param(params: Mapping[str, str], name: str, *, limit: int = MAX_QUERY_CHARS) -> str:
    """A free-text parameter, stripped; too long is a 400."""
    raw = params.get(name, "").strip()
    if len(raw) > limit:
        raise BadRequest(f"{name} is longer than {limit} characters")
    if "\x00" in raw:
        raise BadRequest(f"{name} contains a NUL character")
    return raw


def choice(params: Mapping[str, str], name: str, allowed: tuple[str, ...]) -> str:
    """One of ``allowed`` (the first when absent or empty)."""
    raw = params.get(name, "").strip()
    if not raw:
        return allowed[0]
    if raw not in allowed:
        raise BadRequest(f"{name} must be one of {', '.join(allowed)}, not {raw[:40]!r}")
    return raw


def document_id(raw: str) -> int:
    """The ``<id>`` of ``/documents/<id>``; anything but digits is not a document (404)."""
    if not raw.isdigit() or len(raw) > 18:
        raise NotFound(f"no document {raw[:40]!r}")
    return int(raw)


_ACTOR_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,79}")


def actor_code(params: Mapping[str, str], name: str) -> str:
    """An actor code (``RUS``, ``NATO``, ``separatists``): letters, digits, ``.``, ``_`` or ``-``, at most 80
    characters; ``""`` when absent or empty. Codes are case-sensitive, as the coder writes them."""
    raw = params.get(name, "").strip()
    if not raw:
        return ""
    if not _ACTOR_CODE.fullmatch(raw):
        raise BadRequest(f"{name} must be an actor code such as NATO or RUS, not {raw[:40]!r}")
    return raw


def upper_choice(params: Mapping[str, str], name: str, allowed: tuple[str, ...]) -> str:
    """One of ``allowed`` (written in capitals), matched case-insensitively; ``""`` when absent or empty."""
    raw = params.get(name, "").strip()
    if not raw:
        return ""
    if raw.upper() not in allowed:
        raise BadRequest(f"{name} must be one of {', '.join(allowed)}, not {raw[:40]!r}")
    return raw.upper()


def optional_id(params: Mapping[str, str], name: str) -> int | None:
    """A positive whole-number id (``None`` when absent or empty)."""
    raw = params.get(name, "").strip()
    if not raw:
        return None
    if not raw.isdigit() or len(raw) > 18 or int(raw) < 1:
        raise BadRequest(f"{name} must be a positive whole number, not {raw[:40]!r}")
    return int(raw)
