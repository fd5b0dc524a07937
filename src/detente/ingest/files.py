"""Turning command-line sources (files, directories, globs, URLs) into inputs, and reading files safely."""

from __future__ import annotations

import glob
import gzip
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from detente.errors import InputError

_SKIP_NAMES = {".DS_Store", "Thumbs.db"}


@dataclass(frozen=True, slots=True)
class Input:
    """One thing to ingest: a local file or a URL."""

    location: str
    path: Path | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class BadSource:
    """A command-line source that names nothing readable."""

    location: str
    reason: str
    detail: str


def expand(sources: list[str]) -> Iterator[Input | BadSource]:
    """Files, directories (recursively, sorted), glob patterns and http(s) URLs, in the order given.
    A source that matches nothing yields a :class:`BadSource` instead of stopping the run."""
    for source in sources:
        lowered = source.lower()
        if lowered.startswith(("http://", "https://")):
            yield Input(location=source, url=source)
            continue
        if "://" in source:
            yield BadSource(source, "unsupported", "only local paths and http(s) URLs can be ingested")
            continue
        path = Path(source).expanduser()
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and p.name not in _SKIP_NAMES):
                yield Input(location=str(child), path=child)
        elif path.is_file():
            yield Input(location=str(path), path=path)
        elif glob.has_magic(source):
            matches = sorted(Path(m) for m in glob.glob(source, recursive=True))  # noqa: PTH207 - absolute patterns too
            files = [m for m in matches if m.is_file()]
            if not files:
                yield BadSource(source, "not_found", "no file matches this pattern")
            for match in files:
                yield Input(location=str(match), path=match)
        else:
            yield BadSource(source, "not_found", "no such file or directory")


def read_head(path: Path, size: int = 8192) -> bytes:
    with path.open("rb") as fh:
        return fh.read(size)


def is_gzip(head: bytes) -> bool:
    return head[:2] == b"\x1f\x8b"


def read_bytes(path: Path, *, limit: int) -> bytes:
    """The file's bytes, gunzipped when it is gzip; :class:`InputError` (``too_large``) past ``limit``
    bytes (counted after decompression, so a gzip bomb stops early)."""
    try:
        head = read_head(path, 2)
        if is_gzip(head):
            with gzip.open(path, "rb") as fh:
                data = fh.read(limit + 1)
        else:
            if path.stat().st_size > limit:
                raise InputError(f"larger than {limit} bytes", reason="too_large")
            data = path.read_bytes()
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(
            f"cannot read: {exc}", reason="truncated" if isinstance(exc, EOFError) else "malformed"
        ) from exc
    if len(data) > limit:
        raise InputError(f"larger than {limit} bytes after decompression", reason="too_large")
    return data
