"""Which parser a document needs, told from its content (``--type`` overrides)."""

from __future__ import annotations

import re
from enum import StrEnum

from detente.extract.decode import decode_html, looks_binary
from detente.ingest.feeds import looks_like_feed
from detente.ingest.listing import looks_like_listing


class DocType(StrEnum):
    TEXT = "text"
    HTML = "html"
    LISTING = "listing"
    FEED = "feed"
    WARC = "warc"


_HTML_START = re.compile(
    rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title|div|p|article)\b", re.I | re.S
)


def looks_like_html(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    return bool(_HTML_START.match(head)) or b"<html" in head.lower()


def detect(data: bytes, *, content_type: str | None = None) -> DocType | None:
    """The document type of ``data``, or ``None`` when it is binary or empty."""
    if not data.strip() or looks_binary(data):
        return None
    if looks_like_feed(data):
        return DocType.FEED
    if looks_like_html(data) or (content_type or "").startswith(("text/html", "application/xhtml")):
        html = decode_html(data, content_type=content_type)
        return DocType.LISTING if looks_like_listing(html) else DocType.HTML
    return DocType.TEXT


def decode_text(data: bytes) -> str:
    """Plain text as UTF-8 (BOM removed), else Windows-1252; NUL bytes dropped."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text.replace("\x00", "")
