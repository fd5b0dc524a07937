"""Settings, declared once as data.

Precedence: built-in defaults < ``detente.toml`` (or the file named by ``DETENTE_CONFIG``) <
``DETENTE_<NAME>`` environment variables < command-line flags. The :data:`SETTINGS` table drives
``--help`` texts, the documentation test and (later) the ``/-/settings.json`` page.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from detente.errors import ConfigError


@dataclass(frozen=True, slots=True)
class SettingDef:
    name: str
    default: Any
    help: str


SETTINGS: tuple[SettingDef, ...] = (
    SettingDef(
        "db", "./detente.db", "Database: a SQLite path or an SQLAlchemy URL (postgresql+psycopg://...)."
    ),
    SettingDef(
        "near_duplicate_threshold",
        0.8,
        "Estimated Jaccard similarity above which two texts are near-duplicates.",
    ),
    SettingDef(
        "minhash_permutations", 128, "Number of MinHash permutations used for near-duplicate detection."
    ),
    SettingDef("shingle_size", 5, "Words per shingle when hashing texts for near-duplicate detection."),
    SettingDef("max_document_bytes", 15 * 1024 * 1024, "Largest input document accepted, in bytes."),
    SettingDef("min_body_chars", 40, "Shortest body an extracted article may have."),
    SettingDef("fetch_timeout", 20.0, "Total time limit for one HTTP fetch, in seconds."),
    SettingDef(
        "fetch_max_bytes", 15 * 1024 * 1024, "Largest HTTP body accepted, counted after decompression."
    ),
    SettingDef("fetch_allow_loopback", False, "Allow fetching from loopback addresses (for tests only)."),
    SettingDef("contact_url", "", "A URL or address naming who runs this crawler, sent in the User-Agent."),
    SettingDef(
        "busy_timeout_ms", 30_000, "How long SQLite waits for a lock before giving up, in milliseconds."
    ),
    SettingDef("progress", True, "Show a progress bar on long runs."),
    SettingDef("code_events", True, "Code every ingested document into PLOVER events (off: ingest only)."),
    SettingDef(
        "workers",
        0,
        "Processes that parse and extract documents (0: one per CPU core, at most 4; 1: no pool).",
    ),
    SettingDef("crawl_interval", 3600.0, "Default time between two fetches of a source, in seconds."),
    SettingDef("crawl_min_interval", 300.0, "Shortest interval a source may be given, in seconds."),
    SettingDef("crawl_min_delay", 1.0, "Least time between two requests to the same host, in seconds."),
    SettingDef(
        "crawl_delay_cap", 60.0, "Largest robots.txt Crawl-delay honoured, in seconds (longer ones are cut)."
    ),
    SettingDef(
        "robots_ttl", 86400.0, "How long a fetched robots.txt is trusted, in seconds (at most a day)."
    ),
    SettingDef(
        "crawl_retry_base", 300.0, "First wait after a failed fetch, in seconds; doubled after each failure."
    ),
    SettingDef(
        "crawl_max_backoff", 86400.0, "Longest wait after failures or a Retry-After header, in seconds."
    ),
    SettingDef("sitemap_max_urls", 200, "New pages fetched from one sitemap per update."),
    SettingDef("watch_max_sleep", 60.0, "Longest nap of detente watch between checks for due sources."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True, slots=True)
class Settings:
    """All of detente's settings. Build it at the edge with :meth:`load` and pass it down."""

    db: str = "./detente.db"
    near_duplicate_threshold: float = 0.8
    minhash_permutations: int = 128
    shingle_size: int = 5
    max_document_bytes: int = 15 * 1024 * 1024
    min_body_chars: int = 40
    fetch_timeout: float = 20.0
    fetch_max_bytes: int = 15 * 1024 * 1024
    fetch_allow_loopback: bool = False
    contact_url: str = ""
    busy_timeout_ms: int = 30_000
    progress: bool = True
    code_events: bool = True
    workers: int = 0
    crawl_interval: float = 3600.0
    crawl_min_interval: float = 300.0
    crawl_min_delay: float = 1.0
    crawl_delay_cap: float = 60.0
    robots_ttl: float = 86400.0
    crawl_retry_base: float = 300.0
    crawl_max_backoff: float = 86400.0
    sitemap_max_urls: int = 200
    watch_max_sleep: float = 60.0

    @property
    def db_url(self) -> str:
        """The database as an SQLAlchemy URL (a bare path means SQLite)."""
        if "://" in self.db:
            return self.db
        return f"sqlite:///{self.db}"

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **{k: _coerce(k, v) for k, v in changes.items() if v is not None})

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def load(
        cls,
        overrides: Mapping[str, Any] | None = None,
        *,
        env: Mapping[str, str] | None = None,
        config_file: Path | None = None,
    ) -> Settings:
        """Defaults < config file < environment < ``overrides`` (flags; ``None`` values are ignored)."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        path = config_file or Path(env.get("DETENTE_CONFIG", "detente.toml"))
        if path.is_file():
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
                raise ConfigError(f"cannot read {path}: {exc}") from exc
            for key, value in data.items():
                values[key] = _coerce(key, value)
        for s in SETTINGS:
            raw = env.get(f"DETENTE_{s.name.upper()}")
            if raw is not None:
                values[s.name] = _coerce(s.name, raw)
        for key, value in (overrides or {}).items():
            if value is not None:
                values[key] = _coerce(key, value)
        return cls(**values)


def _coerce(name: str, value: Any) -> Any:
    definition = _BY_NAME.get(name)
    if definition is None:
        raise ConfigError(f"unknown setting {name!r}")
    kind = type(definition.default)
    if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
        return value
    text = str(value).strip()
    try:
        if kind is bool:
            if text.lower() in {"1", "true", "yes", "on"}:
                return True
            if text.lower() in {"0", "false", "no", "off", ""}:
                return False
            raise ValueError(text)
        if kind is int:
            return int(text)
        if kind is float:
            return float(text)
    except ValueError as exc:
        raise ConfigError(f"setting {name}: expected {kind.__name__}, got {value!r}") from exc
    return text
