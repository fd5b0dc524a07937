"""Turn fetched bytes into text: charset detection and binary sniffing.

Precedence used by :func:`decode_html` (first that applies wins):

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. the ``charset`` parameter of the HTTP ``Content-Type`` header;
3. a ``<meta charset>`` or ``<meta http-equiv="Content-Type" content="...charset=...">`` in the first 4 KB;
4. strict UTF-8;
5. a guess by charset-normalizer, and finally cp1252 (never fails).

A declared charset (2, 3) is only trusted when the bytes decode *strictly* with it: a page that says
``utf-8`` but carries cp1251 bytes falls through to 4 and 5 instead of filling the text with U+FFFD.
Conversely, bytes that are valid UTF-8 with multi-byte sequences are read as UTF-8 even when a single-byte
charset (latin-1, cp1252, cp1251...) is declared: legacy text practically never forms valid UTF-8 by
chance, while pages mislabelled ``iso-8859-1`` by a server or template are common.
Labels are mapped as browsers map them (WHATWG): ``latin-1``/``iso-8859-1``/``ascii`` mean cp1252.

The output never holds characters that XML 1.0 forbids (NUL and the other C0 controls except tab, line
feed and carriage return, lone surrogates, U+FFFE/U+FFFF): PostgreSQL rejects ``\\x00`` in text.
"""

from __future__ import annotations

import codecs
import logging
import re

logger = logging.getLogger(__name__)

HEAD_BYTES = 4096
"""How far into the document a ``<meta>`` charset declaration is looked for."""

_SNIFF_BYTES = 8192

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# WHATWG maps these labels to windows-1252; so do we (the bytes 0x80-0x9f are then printable).
_LABEL_ALIASES = {
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "windows-1252": "cp1252",
    "x-user-defined": "cp1252",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-sjis": "shift_jis",
    "utf8": "utf-8",
    "unicode": "utf-16-le",
}

_CT_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9._:\-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]{0,512}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:\-]+)", re.IGNORECASE)
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

_MAGIC: tuple[tuple[int, bytes], ...] = (
    (0, b"%PDF-"),
    (0, b"\x89PNG\r\n\x1a\n"),
    (0, b"GIF87a"),
    (0, b"GIF89a"),
    (0, b"\xff\xd8\xff"),  # JPEG
    (0, b"PK\x03\x04"),  # zip, docx, xlsx, epub, jar
    (0, b"PK\x05\x06"),  # empty zip
    (0, b"\x1f\x8b"),  # gzip
    (0, b"BZh"),  # bzip2 (checked with a digit below)
    (0, b"\xfd7zXZ\x00"),  # xz
    (0, b"\x28\xb5\x2f\xfd"),  # zstd
    (0, b"7z\xbc\xaf\x27\x1c"),
    (0, b"Rar!\x1a\x07"),
    (0, b"\x7fELF"),
    (0, b"\x00asm"),  # WebAssembly
    (0, b"SQLite format 3\x00"),
    (0, b"OggS"),
    (0, b"ID3"),  # mp3
    (0, b"fLaC"),
    (0, b"\x00\x00\x01\x00"),  # ico
    (0, b"II*\x00"),  # tiff
    (0, b"MM\x00*"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"),  # old MS Office
    (0, b"wOFF"),
    (0, b"wOF2"),
    (4, b"ftyp"),  # mp4, mov, heic, avif
)


def looks_binary(data: bytes) -> bool:
    """True when ``data`` is not text: a known file signature (PDF, images, archives, media, executables)
    or, in the first 8 KB, many NUL or other control bytes (UTF-16/32 text with a BOM is text)."""
    if not data:
        return False
    if data.startswith(b"RIFF") and data[8:12] in {b"WEBP", b"WAVE", b"AVI "}:
        return True
    for offset, magic in _MAGIC:
        if data[offset : offset + len(magic)] == magic:
            if magic == b"BZh" and not data[3:4].isdigit():
                continue
            return True
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return False
    sample = data[:_SNIFF_BYTES]
    if _utf16_without_bom(sample) is not None:
        return False
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    # A few stray NULs in a web page are noise to strip; a NUL-rich sample is a binary file.
    return sample.count(0) > max(4, len(sample) // 100) or controls > len(sample) // 10


def decode_html(data: bytes, *, content_type: str | None = None) -> str:
    """Decode HTML bytes to text following the module's precedence; never raises on bad bytes."""
    text = _decode(data, content_type)
    return strip_illegal_chars(text.removeprefix("\ufeff"))


def strip_illegal_chars(text: str) -> str:
    """Remove characters that XML 1.0 (and PostgreSQL text) cannot hold, NUL above all."""
    return _ILLEGAL_XML.sub("", text)


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The charset the header or the page's ``<meta>`` declares, as a Python codec name (None if unknown)."""
    for label in (_header_charset(content_type), _meta_charset(data[:HEAD_BYTES])):
        codec = _codec(label)
        if codec:
            return codec
    return None


def _decode(data: bytes, content_type: str | None) -> str:
    if not data:
        return ""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    utf16 = _utf16_without_bom(data[:_SNIFF_BYTES])
    if utf16 is not None:
        return data.decode(utf16, errors="replace")
    tried: set[str] = set()
    for label in (_header_charset(content_type), _meta_charset(data[:HEAD_BYTES]), "utf-8"):
        declared = _codec(label)
        if declared is None or declared in tried:
            continue
        codec = declared
        if codec in _SINGLE_BYTE and _is_utf8_with_multibyte(data):
            logger.debug("declared %s, but the bytes are UTF-8", codec)
            codec = "utf-8"
        tried.add(codec)
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            logger.debug("bytes do not decode as declared %s", codec)
    guess = _guess(data)
    if guess is not None:
        return guess
    return data.decode("cp1252", errors="replace")


_SINGLE_BYTE = frozenset(
    {"cp1252", "iso8859-1", "iso8859-15", "iso8859-2", "iso8859-5", "iso8859-9", "cp1250", "cp1251", "cp1253"}
    | {"cp1254", "cp1255", "cp1256", "cp1257", "koi8-r", "koi8-u"}
)


def _is_utf8_with_multibyte(data: bytes) -> bool:
    """Valid UTF-8 with at least one multi-byte sequence: legacy single-byte text almost never is."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _header_charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = _CT_CHARSET.search(content_type)
    return match.group(1) if match else None


def _meta_charset(head: bytes) -> str | None:
    match = _META_CHARSET.search(head)
    return match.group(1).decode("ascii", errors="ignore") if match else None


def _codec(label: str | None) -> str | None:
    """A Python codec for an encoding label, or None when the label is unknown or unsafe."""
    if not label:
        return None
    key = label.strip().lower()
    key = _LABEL_ALIASES.get(key, key)
    try:
        name = codecs.lookup(key).name
    except LookupError:
        return None
    if name in {"utf-7", "rot-13"} or "utf-16" in name or "utf-32" in name:
        # A <meta> cannot honestly declare UTF-16/32 (it would not be readable as ASCII); UTF-7 is a known
        # XSS vector. Ignore such declarations and let the bytes speak.
        return None
    return name


def _utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le``/``-be`` when the sample looks like ASCII-range text stored as UTF-16 without a BOM."""
    if len(sample) < 16:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, chars, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) > 0.9 * len(zeros) and chars.count(0) < 0.05 * len(chars):
            return codec
    return None


def _guess(data: bytes) -> str | None:
    """Best effort with charset-normalizer (a dependency of trafilatura); None if it has no answer."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - present with trafilatura
        return None
    best = from_bytes(data[: 256 * 1024]).best()
    if best is None or best.encoding is None:
        return None
    codec = _codec(best.encoding) or "cp1252"
    logger.debug("guessed charset %s", codec)
    return data.decode(codec, errors="replace")
