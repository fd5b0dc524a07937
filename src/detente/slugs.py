"""URL-safe names for topics: ``"NATO-Russia relations"`` → ``"nato-russia-relations"``.

A slug holds only ``[a-z0-9-]``, never starts or ends with a hyphen, never has two in a row, is at most
:data:`MAX_LENGTH` characters long and is never empty: a title with nothing to keep (``"—"``, Chinese
text) gets ``t-`` and the start of the title's SHA-1. Latin letters lose their accents, a few letters
that have no decomposition are spelled out (``ß`` → ``ss``), and Cyrillic is transliterated, so
Russian titles keep a readable slug. ``slugify`` is idempotent.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata

logger = logging.getLogger(__name__)

MAX_LENGTH = 80

_SPELLED: dict[str, str] = {
    "ß": "ss",
    "æ": "ae",
    "Æ": "ae",
    "œ": "oe",
    "Œ": "oe",
    "ø": "o",
    "Ø": "o",
    "ł": "l",
    "Ł": "l",
    "đ": "d",
    "Đ": "d",
    "ð": "d",
    "þ": "th",
    "Þ": "th",
    "ı": "i",
    "&": " and ",
}

_CYRILLIC: dict[str, str] = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ",
        [
            "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
            "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "ye",
            "yi", "g",
        ],
        strict=True,
    )
)  # fmt: skip

_APOSTROPHES = re.compile(r"(?<=\w)['’ʼ](?=\w)")
_NOT_ALLOWED = re.compile(r"[^a-z0-9]+")


def _transliterate(text: str) -> str:
    out: list[str] = []
    for char in text:
        lower = char.lower()
        if char in _SPELLED:
            out.append(_SPELLED[char])
        elif lower in _CYRILLIC:
            out.append(_CYRILLIC[lower])
        else:
            out.append(char)
    folded = unicodedata.normalize("NFKD", "".join(out))
    return folded.encode("ascii", "ignore").decode("ascii")


def _truncate(slug: str) -> str:
    if len(slug) <= MAX_LENGTH:
        return slug
    cut = slug[:MAX_LENGTH]
    # Prefer ending on a whole word when that keeps most of the length.
    hyphen = cut.rfind("-")
    if hyphen >= MAX_LENGTH // 2:
        cut = cut[:hyphen]
    return cut.strip("-")


def slugify(title: str) -> str:
    """The slug of ``title``: lowercase ASCII words joined by hyphens; never empty."""
    text = _APOSTROPHES.sub("", title)
    text = _transliterate(text).lower()
    slug = _truncate(_NOT_ALLOWED.sub("-", text).strip("-"))
    if slug:
        return slug
    digest = hashlib.sha1(title.encode("utf-8", "surrogatepass"), usedforsecurity=False).hexdigest()[:12]
    logger.debug("no ASCII letters in %r: hash slug", title[:80])
    return f"t-{digest}"
