"""extract_article on small pages written for these tests: reasons, titles, dates, teasers, charsets."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.extract.article import extract_article, parse_date
from detente.extract.decode import decode_html, looks_binary, strip_illegal_chars
from detente.model import Precision, RawDocument, Reason
from detente.settings import Settings

PARAGRAPHS = [
    "The foreign ministers of the alliance met in Brussels on Tuesday to discuss the security situation "
    "in Eastern Europe and the future of arms control talks with Moscow.",
    "Officials said the talks had been difficult but constructive, and that a further round of "
    "consultations in the NATO-Russia Council was planned for the spring.",
    "The Russian delegation repeated its objections to the deployment of new missile defence systems "
    "and called for legally binding guarantees.",
]


def page(
    *,
    head: str = "",
    title: str = "Ministers meet in Brussels",
    h1: str | None = None,
    body: str | None = None,
    lang: str = "en",
) -> str:
    h1_html = f"<h1>{h1}</h1>" if h1 is not None else ""
    body_html = body if body is not None else "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f"<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article>{h1_html}{body_html}</article><footer>Contact us</footer></body></html>"
    )


def raw(
    html: str | bytes, url: str | None = "https://news.example.com/2021/03/ministers", **kw: object
) -> RawDocument:
    data = html.encode("utf-8") if isinstance(html, str) else html
    return RawDocument(location=url or "test.html", data=data, url=url, **kw)  # type: ignore[arg-type]


@pytest.fixture
def cfg() -> Settings:
    return Settings(progress=False)


# --- reasons ---------------------------------------------------------------------------------------------


def test_a_good_page_gives_an_article(cfg: Settings) -> None:
    fetched = dt.datetime(2021, 3, 20, 12, 0, tzinfo=dt.UTC)
    result = extract_article(raw(page(), fetched_at=fetched, content_type="text/html"), cfg)
    assert result.ok and result.reason is None
    article = result.article
    assert article is not None
    assert article.title == "Ministers meet in Brussels"
    assert article.kind == "article"
    assert article.source == "news.example.com"
    assert article.language == "en"
    assert article.fetched_at == fetched
    assert article.content_type == "text/html"
    assert article.raw == page().encode("utf-8")
    assert article.url == "https://news.example.com/2021/03/ministers"
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0].startswith("The foreign ministers")
    assert len(paragraphs) == 3
    assert "Home" not in article.body and "Contact us" not in article.body


def test_fast_mode_gives_the_same_kind_of_article(cfg: Settings) -> None:
    head = '<meta property="article:published_time" content="2021-03-16T10:00:00+01:00">'
    article = extract_article(raw(page(head=head)), cfg, fast=True).article
    assert article is not None
    assert article.title == "Ministers meet in Brussels"
    assert article.published == dt.date(2021, 3, 16)
    assert "foreign ministers" in article.body


@pytest.mark.parametrize("data", [b"", b"   \n\t  "])
def test_empty(cfg: Settings, data: bytes) -> None:
    result = extract_article(raw(data), cfg)
    assert not result.ok and result.reason is Reason.EMPTY


def test_fifty_megabyte_page_is_refused_without_parsing(
    cfg: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    import detente.extract.article as article_module

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("a too large page must not be parsed")

    monkeypatch.setattr(article_module, "decode_html", no_parsing)
    monkeypatch.setattr(article_module, "_run_trafilatura", no_parsing)
    chunk = b"<p>" + b"NATO and Russia held talks. " * 40 + b"</p>\n"
    data = b"<html><body>" + chunk * (50 * 1024 * 1024 // len(chunk) + 1) + b"</body></html>"
    assert len(data) > 50 * 1024 * 1024
    result = extract_article(raw(data), cfg)
    assert result.reason is Reason.TOO_LARGE
    assert "max_document_bytes" in result.detail


def test_png_header_is_binary(cfg: Settings) -> None:
    data = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    result = extract_article(raw(data), cfg)
    assert result.reason is Reason.BINARY


def test_nul_rich_bytes_are_binary(cfg: Settings) -> None:
    data = b"<html>" + b"\x00\x01\x02\x03abc" * 2000
    assert extract_article(raw(data), cfg).reason is Reason.BINARY


def test_stray_nul_bytes_never_reach_the_output(cfg: Settings) -> None:
    html = page(title="Ministers\x00 meet in Brussels").replace("Officials said", "Officials\x00 said\x0b")
    result = extract_article(raw(html), cfg)
    assert result.article is not None
    for text in (result.article.title, result.article.body, result.article.teaser):
        assert "\x00" not in text and "\x0b" not in text
    assert "Officials said" in result.article.body


def test_too_short_body(cfg: Settings) -> None:
    result = extract_article(raw(page(body="<p>Short.</p>")), cfg)
    assert result.reason is Reason.TOO_SHORT
    assert "characters" in result.detail


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>Broken page</title><body><div><p>" + " ".join(PARAGRAPHS) + "<table><tr><td>x",
        "<p>" + " ".join(PARAGRAPHS) + "</div></span></p></p></html></html><<<>>>",
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>" + " ".join(PARAGRAPHS) + "</p></body></html>",
        "<html><body><script>var x = '</p>';</script><p>" + " ".join(PARAGRAPHS) + "<!-- unclosed comment",
    ],
)
def test_malformed_html_gives_a_result_not_an_exception(cfg: Settings, html: str) -> None:
    result = extract_article(raw(html), cfg)
    assert result.ok or result.reason is not None
    if result.article is not None:
        assert "foreign ministers" in result.article.body


def test_extractor_failure_becomes_a_reason(cfg: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    import detente.extract.article as article_module

    def boom(*args: object, **kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(article_module, "_run_trafilatura", boom)
    result = extract_article(raw(page()), cfg)
    assert result.reason is Reason.EXTRACTION_FAILED
    assert "RecursionError" in result.detail


# --- titles ----------------------------------------------------------------------------------------------


def test_site_suffix_is_stripped_from_title(cfg: Settings) -> None:
    html = page(title="Ministers meet in Brussels - Example News")
    article = extract_article(raw(html, url="https://www.examplenews.com/a"), cfg).article
    assert article is not None and article.title == "Ministers meet in Brussels"


def test_og_site_name_is_evidence(cfg: Settings) -> None:
    head = '<meta property="og:site_name" content="The Daily Planet">'
    html = page(title="The Daily Planet | Ministers meet in Brussels", head=head)
    article = extract_article(raw(html, url="https://dp.example/a"), cfg).article
    assert article is not None and article.title == "Ministers meet in Brussels"


def test_h1_shows_the_suffix_is_boilerplate(cfg: Settings) -> None:
    html = page(title="Ministers meet in Brussels :: Some Portal", h1="Ministers meet in Brussels")
    article = extract_article(raw(html, url="https://unrelated.example/a"), cfg).article
    assert article is not None and article.title == "Ministers meet in Brussels"


def test_headline_with_colon_and_dash_is_kept(cfg: Settings) -> None:
    title = "Lavrov: Russia - NATO talks \u2014 a \u201cdead end\u201d"
    article = extract_article(raw(page(title=title, h1=title), url="https://tass.example/a"), cfg).article
    assert article is not None and article.title == title


def test_json_ld_headline_is_unescaped(cfg: Settings) -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Ministers &quot;agree&quot; in Br&uuml;ssel"}</script>'
    )
    article = extract_article(raw(page(head=head)), cfg).article
    assert article is not None and article.title == 'Ministers "agree" in Brüssel'


def test_page_without_title_falls_back_to_first_paragraph(cfg: Settings) -> None:
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</body></html>"
    article = extract_article(raw(html, url=None), cfg).article
    assert article is not None
    assert article.title.startswith("The foreign ministers of the alliance")
    assert len(article.title) <= 121


# --- dates -----------------------------------------------------------------------------------------------


def test_date_from_article_published_time(cfg: Settings) -> None:
    head = (
        '<meta property="article:published_time" content="2021-03-16T10:00:00+01:00">'
        '<meta property="article:modified_time" content="2021-03-18T09:00:00+01:00">'
    )
    article = extract_article(raw(page(head=head)), cfg).article
    assert article is not None
    assert article.published == dt.date(2021, 3, 16) and article.precision is Precision.DAY


def test_date_from_json_ld_not_date_modified(cfg: Settings) -> None:
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebSite", "name": "Example"},'
        '{"@type": "NewsArticle", "headline": "Ministers meet in Brussels",'
        ' "dateModified": "2021-04-02T08:00:00+02:00", "datePublished": "2021-03-16T10:00:00+01:00"}]}'
        "</script>"
    )
    article = extract_article(raw(page(head=head), url="https://news.example.com/ministers"), cfg).article
    assert article is not None and article.published == dt.date(2021, 3, 16)


def test_date_from_visible_text(cfg: Settings) -> None:
    body = '<p class="date">Published 16 March 2021</p>' + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    article = extract_article(raw(page(body=body), url="https://news.example.com/ministers"), cfg).article
    assert article is not None and article.published == dt.date(2021, 3, 16)


def test_date_from_microdata_time(cfg: Settings) -> None:
    body = '<time itemprop="datePublished" datetime="2002-11-01">1 November 2002</time>' + "".join(
        f"<p>{p}</p>" for p in PARAGRAPHS
    )
    article = extract_article(raw(page(body=body), url="http://gov.example/news/27643"), cfg).article
    assert article is not None and article.published == dt.date(2002, 11, 1)


def test_month_precision_when_only_the_month_is_known(cfg: Settings) -> None:
    head = '<meta name="citation_publication_date" content="2014-04">'
    article = extract_article(raw(page(head=head), url="https://journal.example/paper"), cfg).article
    assert article is not None
    assert article.published == dt.date(2014, 4, 1) and article.precision is Precision.MONTH


def test_future_dates_are_ignored() -> None:
    latest = dt.date(2021, 3, 20)
    assert parse_date("2031-01-01", latest=latest) is None
    assert parse_date("1985-01-01", latest=latest) is None
    assert parse_date("2021-02-30", latest=latest) is None
    assert parse_date("Tue, 16 Mar 2021 10:00:00 +0100", latest=latest) == (
        dt.date(2021, 3, 16),
        Precision.DAY,
    )
    assert parse_date("2014", latest=latest) == (dt.date(2014, 1, 1), Precision.YEAR)


# --- teasers ---------------------------------------------------------------------------------------------


def test_given_teaser_wins(cfg: Settings) -> None:
    article = extract_article(raw(page()), cfg, teaser="  From the listing\u00a0page. ").article
    assert article is not None and article.teaser == "From the listing page."


def test_real_description_is_the_teaser(cfg: Settings) -> None:
    description = (
        "Foreign ministers of the alliance met in Brussels to discuss arms control talks with Moscow."
    )
    head = f'<meta name="description" content="{description}">'
    article = extract_article(raw(page(head=head)), cfg).article
    assert article is not None and article.teaser == description


def test_generic_description_is_not_the_teaser(cfg: Settings) -> None:
    head = '<meta name="description" content="Example News: your trusted source for breaking stories every day.">'
    article = extract_article(raw(page(head=head)), cfg).article
    assert article is not None and article.teaser == PARAGRAPHS[0]


def test_lead_element_is_the_teaser(cfg: Settings) -> None:
    lead = "Alliance ministers discussed security in Eastern Europe and arms control talks with Moscow."
    body = f'<div class="read__lead">{lead}</div>' + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    article = extract_article(raw(page(body=body)), cfg).article
    assert article is not None and article.teaser == lead


# --- charsets --------------------------------------------------------------------------------------------

RUSSIAN = (
    "Министры иностранных дел стран альянса встретились в Брюсселе, чтобы обсудить положение "
    "в области безопасности в Восточной Европе и будущее переговоров о контроле над вооружениями."
)


def test_cp1251_bytes_declared_as_utf8(cfg: Settings) -> None:
    html = (
        '<html lang="ru"><head><meta charset="utf-8"><title>Министры встретились в Брюсселе</title></head>'
        f"<body><article><p>{RUSSIAN}</p><p>{RUSSIAN}</p></article></body></html>"
    )
    data = html.encode("cp1251")
    assert decode_html(data) == html
    article = extract_article(raw(data), cfg).article
    assert article is not None
    assert article.title == "Министры встретились в Брюсселе"
    assert "Министры иностранных дел" in article.body
    assert article.language == "ru"


def test_latin1_without_declaration(cfg: Settings) -> None:
    text = "Les ministres se sont réunis à Bruxelles pour discuter de la sécurité en Europe de l'Est. " * 3
    html = f"<html><head><title>Réunion à Bruxelles</title></head><body><p>{text}</p></body></html>"
    data = html.encode("latin-1")
    assert decode_html(data) == html
    article = extract_article(raw(data), cfg).article
    assert article is not None and article.title == "Réunion à Bruxelles"
    assert "réunis à Bruxelles" in article.body


def test_content_type_charset_wins_over_meta() -> None:
    html = '<html><head><meta charset="utf-8"></head><body>Résumé</body></html>'
    assert "Résumé" in decode_html(html.encode("cp1252"), content_type="text/html; charset=windows-1252")


def test_utf8_bytes_declared_latin1_are_read_as_utf8() -> None:
    html = '<html><head><meta charset="iso-8859-1"></head><body>sanción, Brüssel</body></html>'
    assert "sanción, Brüssel" in decode_html(html.encode("utf-8"))


def test_bom_wins() -> None:
    html = '<html><head><meta charset="windows-1251"></head><body>Grüße</body></html>'
    assert "Grüße" in decode_html(b"\xef\xbb\xbf" + html.encode("utf-8"))
    assert "Grüße" in decode_html(b"\xff\xfe" + html.encode("utf-16-le"))


def test_decode_never_raises_and_strips_illegal_characters() -> None:
    assert decode_html(b"\xff\xfe\x00") is not None
    assert "\x00" not in decode_html(b"<p>a\x00b\x1fc\x7f</p>")
    assert strip_illegal_chars("a\x00b\tc\nd\ud800e\uffff") == "ab\tc\nde"


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n%\xe2\xe3",
        b"\x89PNG\r\n\x1a\n",
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        b"GIF89a\x01\x00",
        b"PK\x03\x04\x14\x00",
        b"\x1f\x8b\x08\x00",
        b"RIFF\x00\x00\x00\x00WEBPVP8 ",
    ],
)
def test_looks_binary_signatures(data: bytes) -> None:
    assert looks_binary(data)


def test_text_is_not_binary() -> None:
    assert not looks_binary(page().encode("utf-8"))
    assert not looks_binary("<html>Привет</html>".encode("utf-16"))
    assert not looks_binary(b"BZhello there, this is text")


def test_a_saved_page_takes_its_url_from_its_canonical_link() -> None:
    body = "<p>" + "Ministers met in Brussels to discuss security in Europe. " * 4 + "</p>"
    page = (
        '<html><head><title>Ministers meet</title><link rel="canonical" href="https://www.example.org/news/1">'
        f"</head><body><article><h1>Ministers meet</h1>{body}</article></body></html>"
    ).encode()
    saved = extract_article(RawDocument(location="/tmp/page.html", data=page), Settings())
    assert saved.article is not None and saved.article.url == "https://www.example.org/news/1"
    assert saved.article.source == "www.example.org"
    fetched = extract_article(
        RawDocument(location="https://mirror.example.net/p", url="https://mirror.example.net/p", data=page),
        Settings(),
    )
    assert fetched.article is not None and fetched.article.url == "https://mirror.example.net/p"
    relative = page.replace(b"https://www.example.org/news/1", b"/news/1")
    assert extract_article(RawDocument(location="/tmp/p.html", data=relative), Settings()).article.url is None  # type: ignore[union-attr]


def test_teaser_skips_a_dateline_paragraph() -> None:
    body = "<p>" + "Allies met in Brussels to discuss security in Europe and the east. " * 3 + "</p>"
    page = (
        "<html><head><title>Allies meet</title></head><body><article><h1>Allies meet</h1>"
        f"<p class='date'>07 May 2021</p>{body}</article></body></html>"
    ).encode()
    result = extract_article(RawDocument(location="/tmp/a.html", data=page), Settings())
    assert result.article is not None
    assert result.article.teaser.startswith("Allies met in Brussels")
