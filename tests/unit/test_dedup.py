from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from detente.extract.dedup import (
    band_count,
    canonical_url,
    content_hash,
    signature,
    similarity,
)


def test_canonical_url_normalises_case_port_fragment_and_tracking() -> None:
    assert (
        canonical_url("HTTP://Example.COM:80/a/../b/./c?utm_source=x&id=3&a=1&fbclid=z#frag")
        == "http://example.com/b/c?a=1&id=3"
    )
    assert canonical_url("https://example.com:443") == "https://example.com/"
    assert canonical_url("https://example.com:8443/x") == "https://example.com:8443/x"
    assert canonical_url("https://www.nato.int/cps/en/natohq/news_118093.htm?selectedLocale=en") == (
        "https://www.nato.int/cps/en/natohq/news_118093.htm?selectedLocale=en"
    )


def test_canonical_url_refuses_non_web_urls() -> None:
    for url in ("file:///etc/passwd", "javascript:alert(1)", "mailto:a@b.c", "/relative/path", "", "http://"):
        assert canonical_url(url) is None


def test_canonical_url_unicode_host_becomes_punycode() -> None:
    assert canonical_url("https://bücher.example/a") == "https://xn--bcher-kva.example/a"


_URLS = st.builds(
    lambda scheme, host, path, q: f"{scheme}://{host}/{path}?{q}",
    st.sampled_from(["http", "https", "HTTP"]),
    st.from_regex(r"[a-zA-Z][a-zA-Z0-9-]{0,10}\.(org|com|int)", fullmatch=True),
    st.text(alphabet="abc/._-%20", max_size=20),
    st.text(alphabet="ab=&utm_x", max_size=20),
)


@given(_URLS)
def test_canonical_url_is_idempotent(url: str) -> None:
    once = canonical_url(url)
    assert once is not None
    assert canonical_url(once) == once


def test_content_hash_ignores_spacing_and_case() -> None:
    assert content_hash("NATO  and Russia\n met.") == content_hash("nato and russia met")
    assert content_hash("NATO and Russia met") != content_hash("NATO and Ukraine met")


def test_signature_finds_near_duplicates_and_not_unrelated_texts() -> None:
    words = [f"w{i}" for i in range(300)]
    base = " ".join(words)
    edited = " ".join([*words[:290], "x1", "x2", "x3", *words[293:]])
    other = " ".join(f"v{i}" for i in range(300))
    kw = {"num_perm": 128, "shingle_size": 5, "threshold": 0.8}
    a, b, c = signature(base, **kw), signature(edited, **kw), signature(other, **kw)
    assert a and b and c
    assert similarity(a.values, b.values) > 0.8
    assert set(a.bands) & set(b.bands), "near-duplicates must share an LSH band"
    assert similarity(a.values, c.values) < 0.2
    assert not set(a.bands) & set(c.bands)


def test_short_texts_get_no_signature() -> None:
    assert signature("too short to compare", num_perm=128, shingle_size=5, threshold=0.8) is None


def test_band_count_divides_permutations() -> None:
    for perms in (64, 128, 256):
        for threshold in (0.5, 0.7, 0.8, 0.9):
            bands = band_count(perms, threshold)
            assert perms % bands == 0
            rows = perms // bands
            assert (1 / bands) ** (1 / rows) <= threshold
