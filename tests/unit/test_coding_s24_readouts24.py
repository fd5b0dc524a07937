"""Session 24 (readouts24): meetings and agreements a Kremlin readout tells in its own wording."""

from __future__ import annotations

import datetime as dt
from typing import Any

from detente.coding.document import RecordStream

DAY = dt.date(2005, 3, 4)
LEAD = "Vladimir Putin held talks with President of Finland Tarja Halonen in the Kremlin."


def _after_lead(text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """The (type, sources, targets) of a sentence coded after a readout's lead naming the two sides."""
    out: list[list[dict[str, Any]]] = RecordStream().code_run(
        [("page-4712-0", LEAD, DAY, None), ("page-4712-1", text, DAY, None)]
    )
    return {(e["event"], tuple(sorted(e["source"])), tuple(sorted(e["target"]))) for e in out[1]}


# --- a discussion held, the noun in the singular ------------------------------------------------------------


def test_leaders_conducting_a_discussion_consult() -> None:
    got = _after_lead("The two leaders conducted a detailed discussion of regional problems.")
    assert ("CONSULT", ("FIN", "RUS"), ()) in got


def test_presidents_holding_a_discussion_consult() -> None:
    got = _after_lead("The presidents held a lengthy discussion on energy security.")
    assert ("CONSULT", ("FIN", "RUS"), ()) in got
