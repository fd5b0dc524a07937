"""Headless chromium on the live site: topic page, archive, article page and search.

Every page is checked for its content, for silence (no console message, no page error, no dialog),
for staying on 127.0.0.1 (every request the page makes is recorded; anything else is aborted and
fails the test), for having no JavaScript at all and for its Content-Security-Policy header.
Screenshots go to ``artifacts/screenshots/`` (gitignored).

Run: ``.venv/bin/pytest tests/e2e -q`` (needs /usr/bin/chromium; skips without it outside CI).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

SEED_ITEMS = [
    (
        "05 Oct. 2015",
        "NATO Secretary General expresses solidarity with Turkey following Russian air space violation",
        "I just met with the Foreign Minister of Turkey Feridun Sinirlioğlu",
    ),
    (
        "29 Sep. 2015",
        "NATO Secretary General meets world leaders in New York",
        "NATO Secretary General Jens Stoltenberg held talks with several world leaders in New York",
    ),
    (
        "19 May. 2015",
        "NATO Secretary General meets Russian Foreign Minister",
        "The NATO Secretary General Jens Stoltenberg met",
    ),
]
OWN_SLUG = "arms-control-dialogue"
OWN_TITLE = "Arms control dialogue"
DOC_HREF = re.compile(r"^(?:https?://127\.0\.0\.1:\d+)?/documents/(\d+)$")
SEED_DATE = re.compile(r"^\d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\. \d{4}$")
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], start=1
    )
}


def seed_style(day: dt.date) -> str:
    return f"{day.day:02d} {list(_MONTHS)[day.month - 1]}. {day.year}"


def parse_seed_date(text: str) -> dt.date:
    day, month, year = text.split()
    return dt.date(int(year), _MONTHS[month.rstrip(".")], int(day))


def visit(page: Any, watch: Any, url: str, *, status: int = 200) -> Any:
    response = page.goto(url, wait_until="load")
    assert response is not None, url
    assert response.status == status, f"{url}: HTTP {response.status}"
    return response


def assert_quiet(watch: Any) -> None:
    """No console message, page error or dialog; no request left 127.0.0.1; no script loaded."""
    assert not watch.problems(), "\n".join(watch.problems())


def doc_links(page: Any, selector: str = "main a") -> list[tuple[str, str]]:
    """(text, href) of the links to article pages inside ``selector``."""
    links = page.eval_on_selector_all(
        selector, "els => els.map(a => [a.textContent.trim(), a.getAttribute('href') || ''])"
    )
    return [(text, href) for text, href in links if DOC_HREF.match(href)]


def is_more(text: str) -> bool:
    """A "more" link: its text is "more", possibly followed by hidden words for screen readers."""
    return re.match(r"^more\b(?!\s+news)", text.strip(), re.I) is not None


def more_links(page: Any) -> list[str]:
    return [href for text, href in doc_links(page) if is_more(text)]


def title_links(page: Any) -> list[tuple[str, str]]:
    return [(text, href) for text, href in doc_links(page) if not is_more(text)]


def dates_shown(page: Any) -> list[str]:
    """Texts in the seed's date style, in page order (``<time>`` elements first, else any text)."""
    texts = page.eval_on_selector_all("main time", "els => els.map(e => e.textContent.trim())")
    if not texts:
        body = page.inner_text("main")
        texts = re.findall(r"\b\d{2} [A-Z][a-z]{2}\. \d{4}\b", body)
    return [t for t in texts if SEED_DATE.match(t)]


def test_topic_page_shows_overview_items_and_more_links(site: Any, open_page: Any, e2e: Any) -> None:
    page, watch = open_page(width=1280, height=900)
    visit(page, watch, site.url(f"/topics/{OWN_SLUG}"))
    assert page.inner_text("h1").strip() == OWN_TITLE
    main = page.inner_text("main")
    assert "Arms control talks between the Alliance and Russia covered conventional forces" in main
    # The overview is Markdown, rendered: **...** becomes <strong>, not literal asterisks.
    assert page.locator("main strong", has_text="generated for the browser tests").count() == 1
    assert "**generated" not in main
    shown = dates_shown(page)
    assert len(shown) == 10, shown
    assert shown[:3] == ["14 Feb. 2023", "03 Nov. 2022", "21 Jun. 2021"]
    days = [parse_seed_date(d) for d in shown]
    assert days == sorted(days, reverse=True), "items are not newest first"
    mores = more_links(page)
    assert len(mores) == 10, mores
    assert len(set(mores)) == 10
    titles = [text for text, _ in title_links(page)]
    assert "Experts meet on conventional forces data exchange" in titles
    archive = page.locator("main a", has_text=re.compile("more news", re.I))
    assert archive.count() >= 1
    assert archive.first.get_attribute("href").rstrip("/").endswith(f"/topics/{OWN_SLUG}/news")
    page.screenshot(path=str(e2e.screenshot_path("topic-desktop-1280x900")))
    page.screenshot(path=str(e2e.screenshot_path("topic-desktop-full")), full_page=True)
    assert_quiet(watch)

    # "more" navigates to an article page that renders.
    page.locator(
        f"main a[href='{mores[0]}']", has_text=re.compile(r"^\s*more\b(?!\s+news)", re.I)
    ).first.click()
    page.wait_for_load_state("load")
    assert DOC_HREF.match(page.url), page.url
    assert page.inner_text("h1").strip() == "Experts meet on conventional forces data exchange"
    assert "14 Feb. 2023" in page.inner_text("main")
    assert_quiet(watch)


def test_topic_page_at_phone_width(site: Any, open_page: Any, e2e: Any) -> None:
    page, watch = open_page(width=390, height=844)
    visit(page, watch, site.url(f"/topics/{OWN_SLUG}"))
    assert page.inner_text("h1").strip() == OWN_TITLE
    # Readable on a phone: nothing wider than the screen forces sideways scrolling.
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 390, f"page is {width}px wide on a 390px screen"
    page.screenshot(path=str(e2e.screenshot_path("topic-phone-390x844")))
    page.screenshot(path=str(e2e.screenshot_path("topic-phone-full")), full_page=True)
    assert_quiet(watch)


def test_seed_topic_page_matches_the_seed(site: Any, open_page: Any, e2e: Any, shared_data: Any) -> None:
    shared_data.path("seed", "nato-russia-relations.txt")  # skips when ../shared is absent
    assert site.has_seed
    page, watch = open_page(width=1280, height=900)
    visit(page, watch, site.url("/topics/nato-russia-relations"))
    assert page.inner_text("h1").strip() == "NATO-Russia relations"
    main = page.inner_text("main")
    assert "For more than 30 years, NATO tried to build a partnership with Russia" in main
    assert dates_shown(page) == [date for date, _, _ in SEED_ITEMS]
    titles = [text for text, _ in title_links(page)]
    assert titles == [title for _, title, _ in SEED_ITEMS]
    for _, _, teaser in SEED_ITEMS:
        assert teaser in main
    mores = more_links(page)
    assert len(mores) == 3
    page.screenshot(path=str(e2e.screenshot_path("seed-topic-desktop-1280x900")), full_page=True)
    for (date, title, _), href in zip(SEED_ITEMS, mores, strict=True):
        visit(page, watch, site.url(href))
        assert page.inner_text("h1").strip() == title
        assert date in page.inner_text("main")
    assert_quiet(watch)


def test_archive_pages_through_all_items(site: Any, open_page: Any, e2e: Any) -> None:
    page, watch = open_page()
    visit(page, watch, site.url(f"/topics/{OWN_SLUG}/news"))
    first = dates_shown(page)
    assert len(first) == 20, first
    items_first = [href for _, href in title_links(page)]
    page.screenshot(path=str(e2e.screenshot_path("archive-page-1")), full_page=True)
    nxt = page.locator("a[href*='page=2']")
    assert nxt.count() >= 1, "no link to page 2"
    nxt.first.click()
    page.wait_for_load_state("load")
    assert "page=2" in page.url
    second = dates_shown(page)
    assert len(second) == 33 - 20, second
    items_second = [href for _, href in title_links(page)]
    assert not set(items_first) & set(items_second)
    days = [parse_seed_date(d) for d in first + second]
    assert days == sorted(days, reverse=True)
    assert seed_style(min(e2e.own_dates())) == second[-1]
    assert_quiet(watch)


def test_article_page_shows_text_date_source_and_topics(site: Any, open_page: Any, e2e: Any) -> None:
    page, watch = open_page()
    visit(page, watch, site.url(f"/topics/{OWN_SLUG}/news?page=2"))
    last_title, last_href = next((text, href) for text, href in reversed(title_links(page)))
    assert last_title == e2e.own_titles()[0]
    visit(page, watch, site.url(last_href))
    assert page.inner_text("h1").strip() == last_title
    main = page.inner_text("main")
    assert seed_style(e2e.own_dates()[0]) in main
    assert "Round 1 of the talks in Vienna turned to verification and on-site inspections" in main
    hrefs = page.eval_on_selector_all("main a", "els => els.map(a => a.getAttribute('href'))")
    assert e2e.article_url(0) in hrefs, "no link to the original URL"
    assert any(h and h.rstrip("/").endswith(f"/topics/{OWN_SLUG}") for h in hrefs), "no link to its topic"
    page.screenshot(path=str(e2e.screenshot_path("article")), full_page=True)
    assert_quiet(watch)


def test_search_finds_ranks_and_links(site: Any, open_page: Any, e2e: Any) -> None:
    page, watch = open_page()
    visit(page, watch, site.url("/"))
    box = page.locator("input[name=q]")
    if box.count():
        # The search form works without JavaScript: typing and submitting reaches the results.
        box.first.fill("verification inspections")
        box.first.press("Enter")
        page.wait_for_load_state("load")
        assert "/search" in page.url and "q=verification" in page.url
    else:
        visit(page, watch, site.url("/search?q=verification+inspections"))
    results = title_links(page)
    assert len(results) >= 10, results
    assert all(title in e2e.own_titles() for title, _ in results[:10])
    marks = page.eval_on_selector_all("main mark", "els => els.map(e => e.textContent.toLowerCase())")
    assert marks and set(marks) <= {"verification", "inspections"}, marks
    page.screenshot(path=str(e2e.screenshot_path("search")), full_page=True)
    visit(page, watch, site.url(results[0][1]))
    assert page.inner_text("h1").strip() == results[0][0]
    visit(page, watch, site.url("/search?q=nosuchwordanywhere"))
    assert doc_links(page) == []
    assert_quiet(watch)


PAGES = [
    "/",
    f"/topics/{OWN_SLUG}",
    f"/topics/{OWN_SLUG}/news",
    f"/topics/{OWN_SLUG}/news?page=2",
    "/search?q=verification",
]


@pytest.mark.parametrize("path", PAGES)
def test_no_javascript_and_a_strict_csp(site: Any, open_page: Any, path: str) -> None:
    page, watch = open_page()
    response = visit(page, watch, site.url(path))
    csp = response.headers.get("content-security-policy", "")
    assert csp, "no Content-Security-Policy header"
    directives = {d.split()[0]: d.split()[1:] for d in csp.split(";") if d.strip()}
    scripts = directives.get("script-src", directives.get("default-src", []))
    assert scripts in (["'none'"], ["'self'"]) or "'none'" in scripts, csp
    assert "'unsafe-inline'" not in scripts and "'unsafe-eval'" not in scripts, csp
    assert page.locator("script").count() == 0, "the page has script elements"
    kinds = page.evaluate(
        "() => performance.getEntriesByType('resource').map(e => e.initiatorType + ' ' + e.name)"
    )
    assert not [k for k in kinds if k.startswith("script ") or k.endswith(".js")], kinds
    assert not [u for u in watch.requests if u.split("?")[0].endswith((".js", ".mjs"))]
    assert_quiet(watch)


def test_pages_work_with_javascript_off(site: Any, browser: Any) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site.url(f"/topics/{OWN_SLUG}"))
        assert page.inner_text("h1").strip() == OWN_TITLE
        page.locator("main a", has_text=re.compile(r"^\s*more\b(?!\s+news)", re.I)).first.click()
        page.wait_for_load_state("load")
        assert DOC_HREF.match(page.url)
        assert page.inner_text("h1").strip()
    finally:
        context.close()


def test_a_missing_page_renders_the_404_page(site: Any, open_page: Any) -> None:
    page, watch = open_page()
    visit(page, watch, site.url("/topics/no-such-topic"), status=404)
    assert page.locator("h1").count() == 1
    # The 404 response itself shows in the console as a failed resource load; nothing else may.
    watch.console[:] = [m for m in watch.console if "404" not in m]
    assert_quiet(watch)
