"""A share of a country's energy or goods supplied by another: trade, not aid.

"Russia provides Hungary with most of its gas" and "Norway supplies Poland with a third of the gas it uses"
tell a standing commercial flow (COOPERATE), where "Russia provided Syria with fuel" tells help given (AID).
The words of aid ("provide * gas") match both; :func:`tells_supply_share` tells the first kind by the share
named in the phrase, so that :meth:`detente.coding.patterns.PatternSet.find` leaves it to the COOPERATE
phrase of the same words (patterns.toml, ``# --- s24-speech24``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

__all__ = ["tells_supply_share"]


class _Word(Protocol):
    """What is read of a token (:class:`detente.coding.patterns.Token`; not imported, as patterns uses
    this module)."""

    @property
    def norm(self) -> str: ...


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SHARES = _words("percent per most half third quarter bulk share majority two-thirds three-quarters")
"""Words naming a part of what a country takes in ("most of its gas", "60 percent of the oil")."""
_COMMODITIES = _words(
    "gas oil electricity energy fuel lng coal uranium grain wheat food crude petroleum imports"
)


def tells_supply_share(tokens: Sequence[_Word], start: int, end: int) -> bool:
    """``tokens[start:end]`` name a share "of" a commodity ("... with most of its gas"): a supply relation.

    >>> from detente.coding.patterns import tokenize
    >>> toks = tokenize("Russia provides Hungary with most of its gas.")
    >>> tells_supply_share(toks, 1, 8)
    True
    >>> toks = tokenize("Russia provided Syria with fuel and food.")
    >>> tells_supply_share(toks, 1, 5)
    False
    """
    norms = [t.norm for t in tokens[start:end]]
    for i, norm in enumerate(norms[:-1]):
        if norm in SHARES and "of" in norms[i + 1 : i + 3]:
            return any(n in _COMMODITIES for n in norms[i + 2 :])
    return False
