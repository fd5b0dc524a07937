"""Which network addresses detente may connect to, and how odd host spellings map to addresses.

Everything here is pure: no DNS, no sockets. :func:`is_blocked` classifies one IP address and
:func:`parse_host` turns the host part of a URL into an address when it is a literal in any of the
spellings a C resolver accepts (``2130706433``, ``0x7f.1``, ``0177.0.0.1``, ``127.1``, a trailing
dot, brackets around IPv6).

The tables below are written out rather than taken from ``ipaddress``'s ``is_global``, whose answers
changed between Python releases (CVE-2024-4032) and which counts neither ``100.64.0.0/10`` nor
IPv4 multicast as non-public. ``is_global`` is still consulted last, as a safety net.
"""

from __future__ import annotations

import ipaddress
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network

IPAddress = IPv4Address | IPv6Address

_V4_BLOCKS: tuple[tuple[IPv4Network, str], ...] = tuple(
    (IPv4Network(net), reason)
    for net, reason in (
        ("0.0.0.0/8", "this_network"),
        ("10.0.0.0/8", "private"),
        ("100.64.0.0/10", "cgnat"),
        ("127.0.0.0/8", "loopback"),
        ("169.254.0.0/16", "link_local"),
        ("172.16.0.0/12", "private"),
        ("192.0.0.0/24", "special_purpose"),
        ("192.0.2.0/24", "documentation"),
        ("192.88.99.0/24", "relay_anycast"),
        ("192.168.0.0/16", "private"),
        ("198.18.0.0/15", "benchmarking"),
        ("198.51.100.0/24", "documentation"),
        ("203.0.113.0/24", "documentation"),
        ("224.0.0.0/4", "multicast"),
        ("240.0.0.0/4", "reserved"),
    )
)

_V6_BLOCKS: tuple[tuple[IPv6Network, str], ...] = tuple(
    (IPv6Network(net), reason)
    for net, reason in (
        ("::/128", "unspecified"),
        ("::1/128", "loopback"),
        ("64:ff9b::/96", "nat64"),
        ("64:ff9b:1::/48", "nat64"),
        ("100::/64", "discard"),
        ("2001::/32", "teredo"),
        ("2001:2::/48", "benchmarking"),
        ("2001:10::/28", "orchid"),
        ("2001:20::/28", "orchid"),
        ("2001:db8::/32", "documentation"),
        ("3fff::/20", "documentation"),
        ("5f00::/16", "segment_routing"),
        ("fc00::/7", "private"),
        ("fe80::/10", "link_local"),
        ("fec0::/10", "site_local"),
        ("ff00::/8", "multicast"),
    )
)

_GLOBAL_UNICAST = IPv6Network("2000::/3")
_IPV4_COMPATIBLE = IPv6Network("::/96")

_LOOPBACK_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback")


def is_blocked(ip: IPAddress, *, allow_loopback: bool) -> str | None:
    """The reason detente must not connect to ``ip``, or ``None`` when it is a public address.

    ``allow_loopback`` lets ``127.0.0.0/8`` and ``::1`` through (for tests against a local server);
    loopback hidden inside another form (``::ffff:127.0.0.1``) stays blocked.
    """
    if isinstance(ip, IPv6Address):
        return _v6_blocked(ip, allow_loopback=allow_loopback)
    for net, reason in _V4_BLOCKS:
        if ip in net:
            if reason == "loopback" and allow_loopback:
                return None
            return reason
    if ip == IPv4Address("255.255.255.255"):
        return "broadcast"
    if not ip.is_global:
        return "not_global"
    return None


def _v6_blocked(ip: IPv6Address, *, allow_loopback: bool) -> str | None:
    if ip.scope_id:
        ip = IPv6Address(ip.compressed.split("%", 1)[0])
    mapped = ip.ipv4_mapped
    if mapped is not None:
        inner = is_blocked(mapped, allow_loopback=False)
        return None if inner is None else f"ipv4_mapped:{inner}"
    if ip == IPv6Address("::1"):
        return None if allow_loopback else "loopback"
    for net, reason in _V6_BLOCKS:
        if ip in net:
            return reason
    if ip in _IPV4_COMPATIBLE:
        # The deprecated IPv4-compatible form (::a.b.c.d); nothing public uses it.
        return "ipv4_compatible"
    sixtofour = ip.sixtofour
    if sixtofour is not None:
        inner = is_blocked(sixtofour, allow_loopback=False)
        return None if inner is None else f"6to4:{inner}"
    if ip not in _GLOBAL_UNICAST:
        return "reserved"
    if not ip.is_global:
        return "not_global"
    return None


def parse_ipv4_loose(text: str) -> IPv4Address | None:
    """Read an IPv4 address the way ``inet_aton`` does, or return ``None`` when ``text`` is not one.

    Accepts one to four dot-separated parts, each decimal, octal (leading ``0``) or hexadecimal
    (``0x``); the last part fills the remaining bytes: ``127.1`` is ``127.0.0.1`` and
    ``2130706433`` is ``127.0.0.1``.
    """
    parts = text.split(".")
    if not 1 <= len(parts) <= 4:
        return None
    numbers: list[int] = []
    for part in parts:
        value = _parse_number(part)
        if value is None:
            return None
        numbers.append(value)
    *head, last = numbers
    if any(n > 0xFF for n in head):
        return None
    if last >= 1 << (8 * (4 - len(head))):
        return None
    value = 0
    for n in head:
        value = (value << 8) | n
    value = (value << (8 * (4 - len(head)))) | last
    return IPv4Address(value)


def _parse_number(part: str) -> int | None:
    if not part or not part.isascii():
        return None
    lowered = part.lower()
    try:
        if lowered.startswith("0x"):
            digits = lowered[2:]
            return int(digits, 16) if digits else 0
        if len(lowered) > 1 and lowered.startswith("0"):
            return int(lowered[1:], 8)
        if lowered.isdigit():
            return int(lowered, 10)
    except ValueError:
        return None
    return None


def normalize_host(host: str) -> str:
    """Lower-case ``host``, drop surrounding brackets and one trailing dot."""
    text = host.strip().lower()
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1]
    if text.endswith("."):
        text = text[:-1]
    return text


def parse_host(host: str) -> IPAddress | None:
    """The address ``host`` spells literally (in any form a resolver accepts), or ``None`` for a name."""
    text = normalize_host(host)
    if not text:
        return None
    if ":" in text:
        try:
            return IPv6Address(text)
        except ValueError:
            return None
    return parse_ipv4_loose(text)


def is_loopback_name(host: str) -> bool:
    """True for ``localhost`` and names under ``.localhost`` (RFC 6761), in any case, with a trailing dot."""
    text = normalize_host(host)
    return text in _LOOPBACK_NAMES or text.endswith(".localhost")


def check_host(host: str, *, allow_loopback: bool) -> str | None:
    """Refuse a URL host before any lookup: a blocked literal address or a loopback name.

    Returns the reason, or ``None`` when the host is a public literal or a name that must still be
    resolved (and its addresses checked at connect time).
    """
    ip = parse_host(host)
    if ip is not None:
        return is_blocked(ip, allow_loopback=allow_loopback)
    if is_loopback_name(host) and not allow_loopback:
        return "loopback"
    return None


def ip_from_text(text: str) -> IPAddress:
    """Parse a strict address as returned by ``getaddrinfo`` or ``getpeername`` (a scope is dropped)."""
    return ipaddress.ip_address(text.split("%", 1)[0])
