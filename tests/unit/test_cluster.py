"""Cluster keys for reports of the same event (the pure part; the store part is in test_web_events)."""

from __future__ import annotations

import datetime as dt

from detente.coding import cluster

DAY = dt.date(2015, 5, 19)


def test_signature_ignores_actor_order_and_keeps_what_makes_an_event_different() -> None:
    a = {"event": "CONSULT", "source": ["RUS", "NATO"], "target": [], "polarity": "asserted"}
    b = {"event": "CONSULT", "source": ["NATO", "RUS"], "target": []}
    assert cluster.signature(a) == cluster.signature(b)
    assert cluster.signature(a) != cluster.signature({**a, "event": "AGREE"})
    assert cluster.signature(a) != cluster.signature({**a, "polarity": "negated"})
    assert cluster.signature(a) != cluster.signature({**a, "target": ["USA"]})


def test_keys_are_short_strings_dated_by_the_first_report() -> None:
    key = cluster.cluster_key({"event": "SANCTION", "source": ["NATO"], "target": ["RUS"]}, DAY)
    assert key.endswith("@2015-05-19") and len(key) <= 40
    lo, hi = cluster.window(DAY)
    assert (hi - lo).days == 2 * cluster.WINDOW_DAYS and lo < DAY < hi
