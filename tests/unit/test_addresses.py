"""Address classification and odd host spellings (detente.ingest.addresses)."""

from __future__ import annotations

import ipaddress

import pytest
from hypothesis import given
from hypothesis import strategies as st

from detente.ingest.addresses import (
    check_host,
    is_blocked,
    is_loopback_name,
    parse_host,
    parse_ipv4_loose,
)

# (address, verdict with allow_loopback=False, verdict with allow_loopback=True); None means allowed.
VERDICTS = [
    ("127.0.0.1", "loopback", None),
    ("127.255.255.254", "loopback", None),
    ("::1", "loopback", None),
    ("0.0.0.0", "this_network", "this_network"),
    ("0.0.0.1", "this_network", "this_network"),
    ("0.255.255.255", "this_network", "this_network"),
    ("::", "unspecified", "unspecified"),
    ("10.0.0.1", "private", "private"),
    ("172.16.0.1", "private", "private"),
    ("172.31.255.255", "private", "private"),
    ("192.168.1.10", "private", "private"),
    ("fc00::1", "private", "private"),
    ("fd12:3456::1", "private", "private"),
    ("169.254.169.254", "link_local", "link_local"),
    ("fe80::1", "link_local", "link_local"),
    ("100.64.0.1", "cgnat", "cgnat"),
    ("100.127.255.255", "cgnat", "cgnat"),
    ("224.0.0.1", "multicast", "multicast"),
    ("239.255.255.250", "multicast", "multicast"),
    ("ff02::1", "multicast", "multicast"),
    ("240.0.0.1", "reserved", "reserved"),
    ("255.255.255.255", "reserved", "reserved"),
    ("192.0.2.1", "documentation", "documentation"),
    ("2001:db8::1", "documentation", "documentation"),
    ("198.18.0.1", "benchmarking", "benchmarking"),
    ("64:ff9b::a00:1", "nat64", "nat64"),
    ("64:ff9b::808:808", "nat64", "nat64"),
    ("::ffff:127.0.0.1", "ipv4_mapped:loopback", "ipv4_mapped:loopback"),
    ("::ffff:10.0.0.1", "ipv4_mapped:private", "ipv4_mapped:private"),
    ("::ffff:169.254.169.254", "ipv4_mapped:link_local", "ipv4_mapped:link_local"),
    ("::127.0.0.1", "ipv4_compatible", "ipv4_compatible"),
    ("2002:7f00:1::1", "6to4:loopback", "6to4:loopback"),
    ("2002:c0a8:101::1", "6to4:private", "6to4:private"),
    ("2001:0:4136:e378:8000:63bf:3fff:fdd2", "teredo", "teredo"),
    ("fec0::1", "site_local", "site_local"),
    ("4000::1", "reserved", "reserved"),
    # public addresses
    ("93.184.216.34", None, None),
    ("8.8.8.8", None, None),
    ("1.1.1.1", None, None),
    ("2001:4860:4860::8888", None, None),
    ("2606:4700:4700::1111", None, None),
    ("::ffff:8.8.8.8", None, None),
    ("2002:808:808::1", None, None),
    ("100.63.255.255", None, None),
    ("100.128.0.0", None, None),
    ("172.32.0.1", None, None),
]


@pytest.mark.parametrize(("text", "strict", "loopback_ok"), VERDICTS)
def test_verdicts(text: str, strict: str | None, loopback_ok: str | None) -> None:
    ip = ipaddress.ip_address(text)
    assert is_blocked(ip, allow_loopback=False) == strict
    assert is_blocked(ip, allow_loopback=True) == loopback_ok


def test_scoped_link_local() -> None:
    assert is_blocked(ipaddress.IPv6Address("fe80::1%eth0"), allow_loopback=True) == "link_local"


HOSTS = [
    ("127.0.0.1", "127.0.0.1"),
    ("2130706433", "127.0.0.1"),
    ("0x7f.1", "127.0.0.1"),
    ("0x7F000001", "127.0.0.1"),
    ("0177.0.0.1", "127.0.0.1"),
    ("127.1", "127.0.0.1"),
    ("127.0.1", "127.0.0.1"),
    ("169.254.169.254.", "169.254.169.254"),
    ("[::1]", "::1"),
    ("[::ffff:127.0.0.1]", "::ffff:7f00:1"),
    ("::FFFF:10.0.0.1", "::ffff:a00:1"),
    ("0", "0.0.0.0"),
    ("017700000001", "127.0.0.1"),
    ("example.org", None),
    ("localhost", None),
    ("1.2.3.4.5", None),
    ("256.1.1.1", None),
    ("08.1.1.1", None),
    ("", None),
    ("12.example", None),
    ("[not-an-ip]", None),
]


@pytest.mark.parametrize(("host", "expected"), HOSTS)
def test_parse_host(host: str, expected: str | None) -> None:
    parsed = parse_host(host)
    if expected is None:
        assert parsed is None
    else:
        assert parsed == ipaddress.ip_address(expected)


def test_last_part_must_fit_remaining_bytes() -> None:
    assert parse_ipv4_loose("1.2.3.0x100") is None
    assert parse_ipv4_loose("1.2.65535") == ipaddress.IPv4Address("1.2.255.255")
    assert parse_ipv4_loose("1.2.65536") is None
    assert parse_ipv4_loose("4294967295") == ipaddress.IPv4Address("255.255.255.255")
    assert parse_ipv4_loose("4294967296") is None


@pytest.mark.parametrize("host", ["localhost", "LOCALHOST", "localhost.", "foo.localhost", "Foo.LocalHost."])
def test_loopback_names(host: str) -> None:
    assert is_loopback_name(host)
    assert check_host(host, allow_loopback=False) == "loopback"
    assert check_host(host, allow_loopback=True) is None


@pytest.mark.parametrize(
    ("host", "reason"),
    [
        ("0x7f.1", "loopback"),
        ("2130706433", "loopback"),
        ("[::1]", "loopback"),
        ("169.254.169.254.", "link_local"),
        ("[::ffff:10.0.0.1]", "ipv4_mapped:private"),
        ("10.1", "private"),
        ("example.org", None),
        ("notlocalhost", None),
    ],
)
def test_check_host(host: str, reason: str | None) -> None:
    assert check_host(host, allow_loopback=False) == reason


_CGNAT = ipaddress.IPv4Network("100.64.0.0/10")
_THIS_NET = ipaddress.IPv4Network("0.0.0.0/8")
_EXTRA_V4 = [ipaddress.IPv4Network(n) for n in ("192.0.0.0/24", "192.88.99.0/24")]


def _stdlib_says_not_public(ip: ipaddress.IPv4Address) -> bool:
    return (
        not ip.is_global
        or ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or ip in _CGNAT
        or ip in _THIS_NET
    )


@given(st.integers(min_value=0, max_value=2**32 - 1))
def test_ipv4_agrees_with_stdlib(value: int) -> None:
    ip = ipaddress.IPv4Address(value)
    verdict = is_blocked(ip, allow_loopback=False)
    if _stdlib_says_not_public(ip):
        assert verdict is not None
    else:
        # Only ranges we block on purpose beyond the stdlib's view may differ.
        assert verdict is None or any(ip in net for net in _EXTRA_V4)
    if ip.is_loopback:
        assert is_blocked(ip, allow_loopback=True) is None
    else:
        assert is_blocked(ip, allow_loopback=True) == verdict


@given(st.integers(min_value=0, max_value=2**32 - 1))
def test_ipv4_mapped_matches_plain(value: int) -> None:
    ip = ipaddress.IPv4Address(value)
    mapped = ipaddress.IPv6Address(f"::ffff:{ip}")
    plain = is_blocked(ip, allow_loopback=False)
    assert is_blocked(mapped, allow_loopback=True) == (None if plain is None else f"ipv4_mapped:{plain}")


@given(st.integers(min_value=0, max_value=2**32 - 1))
def test_loose_parser_reads_dotted_decimal_and_integer(value: int) -> None:
    ip = ipaddress.IPv4Address(value)
    assert parse_ipv4_loose(str(ip)) == ip
    assert parse_ipv4_loose(str(value)) == ip
    assert parse_ipv4_loose(hex(value)) == ip
    octets = str(ip).split(".")
    assert parse_ipv4_loose(".".join(f"0{int(o):o}" for o in octets)) == ip
