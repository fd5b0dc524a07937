"""Dedup keys: canonical URLs, exact content hashes and MinHash signatures for near-duplicates.

Near-duplicate search uses banded LSH over a MinHash signature (rensa computes the signature). The
band keys are plain integers, so the store can index them in a table and find candidates with one
indexed query instead of keeping an LSH index in memory.
"""

from __future__ import annotations

import hashlib
import re
import struct
import unicodedata
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

import rensa

MINHASH_SEED = 1997  # fixed: signatures are stored, so they must not change between runs

_TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "_ga", "ref_src",
        "cmpid", "ocid", "ncid", "smid", "sr_share", "share", "at_medium", "at_campaign",
    }
)  # fmt: skip
_DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(url: str) -> str | None:
    """A stable form of ``url`` for dedup: lower-case scheme and host, no default port, no fragment,
    dot segments resolved, tracking parameters dropped, the rest of the query sorted.
    Returns ``None`` for anything that is not an absolute http(s) URL."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    if not host.isascii():
        host = _idna(host)
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = _resolve_dots(quote(unquote(parts.path or "/"), safe="/%:@!$&'()*+,;=-._~"))
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in _TRACKING_PARAMS
    ]
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))


def _idna(host: str) -> str:
    """The ASCII (punycode) form of a host name; the Unicode form when it is not valid IDNA."""
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def _resolve_dots(path: str) -> str:
    out: list[str] = []
    segments = path.split("/")
    for seg in segments[1:]:
        if seg == "..":
            if out:
                out.pop()
        elif seg != ".":
            out.append(seg)
    resolved = "/" + "/".join(out)
    if segments[-1] in (".", "..") and not resolved.endswith("/"):
        resolved += "/"
    return resolved


_WORD = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> list[str]:
    """Lower-case words of ``text`` after Unicode compatibility normalisation."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def content_hash(text: str) -> str:
    """SHA-256 of the text's words: the same text with other spacing or case hashes the same."""
    return hashlib.sha256(" ".join(tokens(text)).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Signature:
    """A MinHash signature and its LSH band keys."""

    values: tuple[int, ...]
    bands: tuple[int, ...]

    def to_bytes(self) -> bytes:
        return struct.pack(f"<{len(self.values)}I", *self.values)

    @staticmethod
    def values_from_bytes(data: bytes) -> tuple[int, ...]:
        return struct.unpack(f"<{len(data) // 4}I", data)


def band_count(num_perm: int, threshold: float) -> int:
    """Choose bands b (rows r = num_perm / b) so the LSH S-curve's midpoint (1/b)^(1/r) sits just
    below ``threshold``: pairs at the threshold are found with high probability."""
    best = 1
    for b in range(1, num_perm + 1):
        if num_perm % b:
            continue
        r = num_perm // b
        if (1.0 / b) ** (1.0 / r) <= threshold - 0.05:
            return b
        best = b
    return best


def signature(
    text: str, *, num_perm: int, shingle_size: int, threshold: float, min_tokens: int = 30
) -> Signature | None:
    """MinHash signature of word shingles; ``None`` for texts too short to compare reliably."""
    words = tokens(text)
    if len(words) < min_tokens:
        return None
    k = max(1, shingle_size)
    shingles = {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}
    mh = rensa.RMinHash(num_perm=num_perm, seed=MINHASH_SEED)
    mh.update(sorted(shingles))
    values = tuple(int(v) for v in mh.digest())
    return Signature(values=values, bands=band_keys(values, band_count(num_perm, threshold)))


def band_keys(values: tuple[int, ...], bands: int) -> tuple[int, ...]:
    rows = len(values) // bands
    keys = []
    for b in range(bands):
        chunk = struct.pack(f"<I{rows}I", b, *values[b * rows : (b + 1) * rows])
        digest = hashlib.blake2b(chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return tuple(keys)


def similarity(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """Estimated Jaccard similarity of two signatures of the same length."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)
