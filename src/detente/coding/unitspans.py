"""Actor units by span: the small lookups the readers share (kept apart from :mod:`detente.coding.units`,
which imports readers, so that any reader can import these)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from detente.coding.units import Unit

__all__ = ["coded_in_chars", "coded_in_tokens", "unit_codes"]


def coded_in_tokens(units: Sequence[Unit], lo: int, hi: int) -> list[Unit]:
    """The units with an actor code wholly inside tokens ``lo``..``hi`` (exclusive)."""
    return [u for u in units if lo <= u.tok_start and u.tok_end <= hi and u.code is not None]


def coded_in_chars(units: Sequence[Unit], start: int, end: int) -> list[Unit]:
    """The units with an actor code wholly inside characters ``start``..``end``."""
    return [u for u in units if u.code and start <= u.start and u.end <= end]


def unit_codes(units: Sequence[Unit]) -> tuple[str, ...]:
    """The distinct actor codes of ``units``, in order; units with no code are passed over."""
    return tuple(dict.fromkeys(u.code for u in units if u.code is not None))
