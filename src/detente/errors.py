"""The detente exception tree.

    DetenteError                 base of everything detente raises on purpose
    ├── ConfigError              a setting or a command-line option is wrong (usage error)
    ├── InputError               one input item cannot be read or parsed
    │   └── ExtractionError      an HTML page gave no usable article
    ├── FetchError               a network fetch was refused or failed
    ├── StoreError               the database refused an operation
    └── NotFound                 a topic or document that does not exist

Each error carries a machine-readable ``reason`` (a short snake_case word recorded in the ingest log)
and the HTTP status the web layer answers with.
"""

from __future__ import annotations


class DetenteError(Exception):
    """Base class for detente's own errors."""

    reason: str = "error"
    status: int = 500

    def __init__(self, message: str, *, reason: str | None = None) -> None:
        super().__init__(message)
        if reason is not None:
            self.reason = reason

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.reason


class ConfigError(DetenteError):
    """A setting, an option or a command-line argument is invalid."""

    reason = "config"
    status = 400


class InputError(DetenteError):
    """One input item cannot be read or parsed; the rest of the run goes on."""

    reason = "bad_input"
    status = 422


class ExtractionError(InputError):
    """An HTML page gave no usable article."""

    reason = "extraction_failed"


class FetchError(DetenteError):
    """A fetch was refused (scheme, size, address) or failed (timeout, HTTP error)."""

    reason = "fetch_failed"
    status = 502


class StoreError(DetenteError):
    """The database refused an operation."""

    reason = "store"
    status = 500


class NotFound(DetenteError):
    """A requested object (topic, document) does not exist."""

    reason = "not_found"
    status = 404
