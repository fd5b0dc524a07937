"""floors.floor_holders: the one reading of "who holds the floor" the page-level passes share."""

from __future__ import annotations

import datetime as dt

from detente.coding.floors import floor_holders

D = dt.date(2019, 4, 8)


def _page(*texts: str, context: str | None = None) -> list[tuple[str, str, dt.date, str | None]]:
    return [(f"p-{k}", text, D, context) for k, text in enumerate(texts)]


def test_a_label_holds_the_floor_until_the_next() -> None:
    page = _page(
        "President of Russia Vladimir Putin: Good afternoon, dear colleagues.",
        "We have much to discuss.",
        "President of Turkey Recep Tayyip Erdogan: Thank you.",
        "We are grateful for the welcome.",
    )
    assert floor_holders(page) == ["RUS", "RUS", "TUR", "TUR"]


def test_a_context_names_the_speaker_of_its_record() -> None:
    page = _page("We discussed trade.", context="Vladimir Putin, President of Russia")
    assert floor_holders(page) == ["RUS"]


def test_a_question_leaves_the_page_unread_or_closes_it() -> None:
    page = _page(
        "President of Russia Vladimir Putin: Thank you for coming.",
        "Question: Mr President, what about sanctions?",
        "Thank you for the question.",
    )
    assert floor_holders(page) is None
    assert floor_holders(page, close_at_question=True) == ["RUS", None, None]


def test_an_unknown_label_is_read_only_as_a_short_form_of_one_seen_before() -> None:
    page = _page(
        "Vatican Secretary of State Cardinal Pietro Parolin: Thank you.",
        "Pietro Parolin: Let us begin.",
    )
    assert floor_holders(page, short_labels=True) == ["VAT", "VAT"]
    assert floor_holders(page) is None
    stranger = _page("President of Russia Vladimir Putin: Welcome.", "Ivan Nobody Petrovsky: Thanks.")
    assert floor_holders(stranger, short_labels=True) is None
    assert floor_holders(stranger) is None
