"""Title cleaning: site names stripped on evidence only, real headlines kept whole."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from detente.extract.titles import affix_of, clean_title, normalize_space, site_evidence


@pytest.mark.parametrize(
    ("title", "site_name", "url", "expected"),
    [
        (
            "Putin meets Stoltenberg - Reuters",
            None,
            "https://www.reuters.com/world/x",
            "Putin meets Stoltenberg",
        ),
        (
            "Allies agree on plan | NATO",
            None,
            "https://www.nato.int/cps/en/natohq/news.htm",
            "Allies agree on plan",
        ),
        ("Death toll rises — The Guardian", "The Guardian", None, "Death toll rises"),
        ("Death toll rises — The Guardian", None, "https://www.theguardian.com/world/x", "Death toll rises"),
        (
            "BBC News - Talks collapse in Geneva",
            None,
            "https://www.bbc.co.uk/news/1",
            "Talks collapse in Geneva",
        ),
        (
            "Talks collapse in Geneva - BBC News",
            None,
            "https://www.bbc.com/news/1",
            "Talks collapse in Geneva",
        ),
        ("Sanctions widen | World | Example Times", "Example Times", None, "Sanctions widen | World"),
        ("Summit ends – example.org", None, "https://example.org/a", "Summit ends"),
    ],
)
def test_site_names_are_stripped_on_evidence(
    title: str, site_name: str | None, url: str | None, expected: str
) -> None:
    assert clean_title(title, site_name=site_name, url=url) == expected


@pytest.mark.parametrize(
    ("title", "url"),
    [
        # a colon or a dash inside a real headline stays
        ("Ukraine: talks collapse in Geneva", "https://www.reuters.com/x"),
        ("Russia - NATO relations hit a new low", "https://www.reuters.com/x"),
        ("Lavrov: NATO expansion - a mistake", "https://www.tass.com/x"),
        # the site's name as a word of the headline is not a suffix
        ("NATO chief warns Russia", "https://www.nato.int/x"),
        # "Russia - NATO" is a headline; stripping would leave one word
        ("Russia - NATO", "https://www.nato.int/x"),
        # no evidence: nothing is stripped
        ("Talks collapse - Daily Planet", None),
    ],
)
def test_real_titles_are_kept(title: str, url: str | None) -> None:
    assert clean_title(title, url=url) == title


def test_whitespace_and_no_break_space_are_normalised() -> None:
    assert clean_title("  President\u00a0Putin\u202fmet \n the  NATO\u200b Secretary General ") == (
        "President Putin met the NATO Secretary General"
    )
    assert normalize_space("Helikopter\u00adlandeplatz") == "Helikopterlandeplatz"


def test_title_that_is_only_the_site_name_is_kept() -> None:
    assert clean_title("Reuters", url="https://www.reuters.com") == "Reuters"
    assert clean_title("Reuters - Reuters", url="https://www.reuters.com") == "Reuters - Reuters"


def test_site_evidence_from_host_and_name() -> None:
    evidence = site_evidence("The Guardian", "https://www.theguardian.com/x")
    assert {"theguardian", "guardian"} <= evidence
    assert "bbc" in site_evidence(None, "https://www.bbc.co.uk/news")


def test_affix_of() -> None:
    assert affix_of("Talks end - Example Times", "Talks end") == "Example Times"
    assert affix_of("Example | Talks end", "Talks end") == "Example"
    assert affix_of("Talks ending", "Talks end") is None
    assert affix_of("Talks end", "Talks end") is None


_pieces = st.sampled_from(
    [*"abcXYZ -|—:·»\u00a0\t", "Reuters", "NATO", "BBC News", " - ", " | ", "talks end"]
)
_titles = st.lists(_pieces, max_size=12).map("".join)
_urls = st.sampled_from([None, "https://www.reuters.com/x", "https://nato.int/", "https://www.bbc.co.uk/n"])
_sites = st.sampled_from([None, "Reuters", "BBC News", "NATO", ""])


@given(_titles, _urls, _sites)
def test_clean_title_is_idempotent(title: str, url: str | None, site: str | None) -> None:
    once = clean_title(title, site_name=site, url=url)
    assert clean_title(once, site_name=site, url=url) == once


@given(_titles, _urls, _sites)
def test_clean_title_is_never_empty_for_a_real_title(title: str, url: str | None, site: str | None) -> None:
    cleaned = clean_title(title, site_name=site, url=url)
    if normalize_space(title):
        assert cleaned
        assert cleaned == cleaned.strip()
        assert "  " not in cleaned
    else:
        assert cleaned == ""


@given(st.text(max_size=60))
def test_clean_title_never_raises_and_is_idempotent_on_any_text(title: str) -> None:
    once = clean_title(title, url="https://www.example.com/a")
    assert clean_title(once, url="https://www.example.com/a") == once
