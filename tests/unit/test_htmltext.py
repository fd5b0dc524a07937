from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.extract import htmltext
from detente.extract.htmltext import clean_text_chars, fragment_to_text, strip_tags_inline

ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def test_blocks_become_paragraphs() -> None:
    html = (
        "<p>First  para\n graph.</p><div>Second <b>bold</b> one</div>tail text<ul><li>a</li><li>b</li></ul>"
    )
    assert fragment_to_text(html) == "First para graph.\n\nSecond bold one\n\ntail text\n\na\n\nb"


def test_script_style_comments_dropped_entities_decoded() -> None:
    html = (
        "<style>p{color:red}</style><p>Tom &amp; Jerry&nbsp;&#8212; &eacute;t&eacute;"
        "<script>alert('x')</script><!-- hidden --> end</p>"
    )
    assert fragment_to_text(html) == "Tom & Jerry \u2014 été end"


def test_br_is_a_line_break_inside_the_paragraph() -> None:
    assert fragment_to_text("<p>line one<br>line two</p><p>next</p>") == "line one\nline two\n\nnext"


def test_table_cells_are_separated() -> None:
    assert fragment_to_text("<table><tr><td>1</td><td>2</td></tr><tr><td>3</td></tr></table>") == "1 2\n\n3"


def test_control_characters_removed() -> None:
    text = fragment_to_text("<p>a\x00b\x07c&#1;d&#x1F;e</p>")
    assert text == "abcde"
    assert clean_text_chars("x\x00\x1f\ufffey\n\t") == "xy\n\t"


@pytest.mark.parametrize("html", ["", "   ", "\x00\x00", "<!-- only a comment -->", "<script>x()</script>"])
def test_nothing_to_read_gives_empty_string(html: str) -> None:
    assert fragment_to_text(html) == ""
    assert strip_tags_inline(html) == ""


def test_plain_text_with_angle_brackets_survives() -> None:
    assert fragment_to_text("a < b and c > d") == "a < b and c > d"
    assert strip_tags_inline("AT&T: 3 < 4") == "AT&T: 3 < 4"


def test_xml_declaration_inside_fragment_is_harmless() -> None:
    assert fragment_to_text('<?xml version="1.0" encoding="latin-1"?><p>x</p>') == "x"


def test_deeply_nested_input_does_not_crash() -> None:
    html = "<p>readable</p>" + "<div>" * 50_000 + "deep" + "</div>" * 50_000
    text = fragment_to_text(html)
    assert text.startswith("readable")
    assert isinstance(strip_tags_inline(html), str)


def test_huge_input_is_cut_not_crashed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(htmltext, "MAX_FRAGMENT_CHARS", 1000)
    text = fragment_to_text("<p>word</p>" * 10_000)
    assert 0 < text.count("word") <= 100


def test_unclosed_and_broken_markup() -> None:
    assert fragment_to_text("<p>one<p>two<div>three") == "one\n\ntwo\n\nthree"
    assert fragment_to_text("<<<p>>>x</p>") != ""


def test_inline_collapses_everything_to_one_line() -> None:
    html = "  <b>Putin</b>\n meets <i>Stoltenberg</i><br>in <p>Brussels</p>  "
    assert strip_tags_inline(html) == "Putin meets Stoltenberg in Brussels"
    assert strip_tags_inline("plain\n\ttitle  ") == "plain title"
    assert strip_tags_inline("Caf&eacute; &lt;b&gt;") == "Café <b>"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_any_text_gives_clean_text(html: str) -> None:
    for text in (fragment_to_text(html), strip_tags_inline(html)):
        assert isinstance(text, str)
        assert not ILLEGAL.search(text)
        assert text == text.strip()


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["<p>", "</p>", "<div>", "</div>", "<br>", "<script>", "</script>", "&amp;", "&#0;", "x", " "]
        ),
        max_size=60,
    )
)
def test_markup_soup_never_raises(parts: list[str]) -> None:
    assert isinstance(fragment_to_text("".join(parts)), str)
