"""Restrictions and custody told in news (session 28, helper coerce).

PLOVER's COERCE covers quarantines, curfews and travel restrictions imposed on people as well as arrests and
prison terms. The patterns of the ``# --- s28-coerce`` block of patterns.toml read the wordings ("added Spain
to its quarantine list", "ordered travellers to self-isolate", "will serve four years in prison");
:func:`list_owner` gives a quarantine or travel list its doer, the state whose list it is, whatever the
subject of a headline ("Turkey and Poland added to UK quarantine list").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

__all__ = ["list_owner"]


class _Tok(Protocol):
    @property
    def norm(self) -> str: ...


class _Unit(Protocol):
    @property
    def tok_start(self) -> int: ...

    @property
    def code(self) -> str | None: ...


def list_owner(tokens: Sequence[_Tok], units: Sequence[_Unit], tok_start: int, tok_end: int) -> str | None:
    """The state whose quarantine or travel list a phrase names ("added to UK quarantine list", "removed
    from Britain's travel corridors list"): the doer of the listing, whatever the headline's subject."""
    if not tokens[tok_start].norm.startswith(("add", "remov")):
        return None
    marks = [i for i in range(tok_start, tok_end) if tokens[i].norm in ("to", "from")]
    if not marks:
        return None
    for u in units:
        if u.code is not None and u.code.isupper() and marks[0] < u.tok_start < tok_end:
            return u.code
    return None
