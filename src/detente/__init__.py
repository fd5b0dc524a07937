"""detente: track the relations between international actors from what they publish.

The public API is small and stable; everything else is internal.
"""

from __future__ import annotations

import logging

__version__ = "0.1.0"

from detente.errors import (
    ConfigError,
    DetenteError,
    ExtractionError,
    FetchError,
    InputError,
    StoreError,
)
from detente.model import (
    Article,
    ExtractionResult,
    ItemResult,
    Precision,
    RawDocument,
    Reason,
    TopicSpec,
)
from detente.settings import Settings

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Article",
    "ConfigError",
    "DetenteError",
    "ExtractionError",
    "ExtractionResult",
    "FetchError",
    "InputError",
    "ItemResult",
    "Precision",
    "RawDocument",
    "Reason",
    "Settings",
    "StoreError",
    "TopicSpec",
    "__version__",
]
