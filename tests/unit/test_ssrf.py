"""SSRF: with DEFAULT settings, no spelling of a non-public address, no name resolving to one, no redirect
to one and no DNS answer changing between lookup and connect reaches a server on this machine.

The scene:

* a honeypot server on 127.0.0.1 records every request it gets; every connection the process opens to a
  non-public address is sent to it (so a private-range URL would reach it too, were it not refused);
* a resolver (``_system_getaddrinfo``, replaced) answers names the tests choose;
* ``PUBLIC_IP`` is routed, as through NAT, to a second local server that plays a public site (its
  socket reports the public address as peer); any other public address is unreachable (no internet
  in tests).

The test prints ``tried N, reached 0``.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from detente.errors import FetchError
from detente.ingest import http as http_mod
from detente.ingest.http import Fetcher
from detente.settings import Settings
from httpserver import LocalServer

PUBLIC_IP = "93.184.216.34"
"""Routed to the local "public" server."""
UNREACHABLE_PUBLIC_IP = "8.8.4.4"
"""A public address that cannot be reached from the test box."""


class _NatSocket(socket.socket):
    """A connected socket that reports a public peer address, as a socket through NAT would."""

    shown_peer: tuple[str, int] = (PUBLIC_IP, 80)

    def getpeername(self) -> Any:
        return self.shown_peer


@dataclass
class Scene:
    honeypot: LocalServer
    public: LocalServer
    answers: dict[str, list[list[str]]] = field(default_factory=dict)
    """name -> answers for the 1st, 2nd, ... lookup (the last one repeats)."""
    lookups: dict[str, int] = field(default_factory=dict)
    connects: list[tuple[str, int]] = field(default_factory=list)
    reached_by_connect: int = 0

    def resolve(self, host: str, port: int) -> list[tuple[Any, ...]]:
        try:
            ipaddress.ip_address(host.split("%")[0])
            found = [host]
        except ValueError:
            if host not in self.answers:
                raise socket.gaierror(socket.EAI_NONAME, "Name or service not known") from None
            n = self.lookups.get(host, 0)
            self.lookups[host] = n + 1
            series = self.answers[host]
            found = series[min(n, len(series) - 1)]
        return [
            (socket.AF_INET6 if ":" in ip else socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port))
            for ip in found
        ]

    def create_connection(
        self, address: tuple[str, int], timeout: Any = None, source_address: Any = None
    ) -> socket.socket:
        host, port = str(address[0]), int(address[1])
        self.connects.append((host, port))
        ip = ipaddress.ip_address(host)
        if host == PUBLIC_IP:
            real = _REAL_CREATE(("127.0.0.1", self.public.port), timeout)
            nat = _NatSocket(real.family, real.type, real.proto, fileno=real.detach())
            nat.shown_peer = (PUBLIC_IP, port)
            return nat
        if ip.is_global and not (isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped):
            raise OSError(101, "Network is unreachable (tests have no internet)")
        # Anything non-public goes to the honeypot: reaching it is the failure this test looks for.
        self.reached_by_connect += 1
        return _REAL_CREATE(("127.0.0.1", self.honeypot.port), timeout)


_REAL_CREATE = socket.create_connection


@pytest.fixture
def scene(monkeypatch: pytest.MonkeyPatch) -> Iterator[Scene]:
    with LocalServer() as honeypot, LocalServer() as public:
        honeypot.route("/*", lambda ex: ex.respond(200, b"internal secret"))
        s = Scene(honeypot, public)
        monkeypatch.setattr(http_mod, "_system_getaddrinfo", s.resolve)
        monkeypatch.setattr(socket, "create_connection", s.create_connection)
        yield s


def test_no_address_form_reaches_the_machine(scene: Scene, capsys: pytest.CaptureFixture[str]) -> None:
    p = scene.honeypot.port
    scene.answers.update(
        {
            "internal.test": [["127.0.0.1"]],
            "metadata.test": [["169.254.169.254"]],
            "lan.test": [["192.168.1.20"]],
            "mapped.test": [["::ffff:127.0.0.1"]],
            "v6-local.test": [["::1"]],
            "mixed.test": [[UNREACHABLE_PUBLIC_IP, "10.0.0.5"]],
            "127.0.0.1.nip.test": [["127.0.0.1"]],
            # a DNS answer that changes between the lookup and the connect
            "rebind.test": [[UNREACHABLE_PUBLIC_IP], ["127.0.0.1"]],
            "rebind-via-public.test": [[PUBLIC_IP], ["127.0.0.1"]],
            "public.test": [[PUBLIC_IP]],
        }
    )
    # the public site redirects wherever the path says
    targets = {
        "/to-loopback": f"http://127.0.0.1:{p}/",
        "/to-decimal": f"http://2130706433:{p}/",
        "/to-mapped": f"http://[::ffff:127.0.0.1]:{p}/",
        "/to-private": f"http://10.0.0.1:{p}/",
        "/to-metadata": "http://169.254.169.254/latest/meta-data/",
        "/to-name": f"http://internal.test:{p}/",
        "/to-rebind": f"http://rebind.test:{p}/",
        "/to-localhost": f"http://localhost:{p}/",
    }
    for path, target in targets.items():
        scene.public.route(path, lambda ex, t=target: ex.redirect(t))
    forms = [
        f"http://127.0.0.1:{p}/",
        f"http://2130706433:{p}/",  # decimal
        f"http://0177.0.0.1:{p}/",  # octal
        f"http://0x7f.0.0.1:{p}/",  # hex
        f"http://0x7f000001:{p}/",
        f"http://127.1:{p}/",
        f"http://0.0.0.0:{p}/",
        f"http://0.0.0.1:{p}/",
        f"http://[::1]:{p}/",
        f"http://[::]:{p}/",
        f"http://[::ffff:127.0.0.1]:{p}/",
        f"http://[::ffff:7f00:1]:{p}/",
        f"http://[64:ff9b::7f00:1]:{p}/",  # NAT64
        f"http://127.0.0.1.:{p}/",  # trailing dot
        f"http://localhost:{p}/",
        f"http://LOCALHOST.:{p}/",
        f"http://app.localhost:{p}/",
        f"http://10.0.0.1:{p}/",
        f"http://172.16.0.1:{p}/",
        f"http://192.168.1.1:{p}/",
        "http://169.254.169.254/latest/meta-data/",
        "http://169.254.169.254./",
        f"http://100.64.0.1:{p}/",  # CGNAT
        f"http://224.0.0.1:{p}/",
        f"http://[fc00::1]:{p}/",
        f"http://[fe80::1]:{p}/",
        f"http://[ff02::1]:{p}/",
        f"http://internal.test:{p}/",  # names resolving to non-public addresses
        "http://metadata.test/latest/",
        f"http://lan.test:{p}/",
        f"http://mapped.test:{p}/",
        f"http://v6-local.test:{p}/",
        f"http://mixed.test:{p}/",
        f"http://127.0.0.1.nip.test:{p}/",
        f"http://rebind.test:{p}/",  # public at lookup, loopback afterwards
        f"http://rebind-via-public.test:{scene.public.port}/to-loopback",
        *(f"http://public.test:{scene.public.port}{path}" for path in targets),  # public -> private
    ]
    outcomes: dict[str, str] = {}
    with Fetcher(Settings()) as fetcher:
        for url in forms:
            with pytest.raises(FetchError) as info:
                fetcher.fetch(url)
            outcomes[url] = info.value.reason
    reached = len(scene.honeypot.requests) + scene.reached_by_connect
    with capsys.disabled():
        print(f"\nSSRF: tried {len(forms)}, reached {reached}")
    assert len(forms) >= 20
    assert reached == 0, scene.connects
    # Every form is refused as a blocked address, except: the octal literal, which the URL parser refuses
    # outright, and the rebinding name, whose (only) lookup in that fetch gave an unreachable public
    # address: the fetcher connects to that checked address and fails, never looking the name up again.
    # (Its next fetch, through the redirect, gets the loopback answer and is refused.)
    expected = {url: "blocked_address" for url in forms}
    expected[f"http://0177.0.0.1:{p}/"] = "bad_url"
    expected[f"http://rebind.test:{p}/"] = "connect"
    assert outcomes == expected
    assert (
        scene.lookups["rebind.test"] == 2
    )  # one per fetch (direct and via the redirect), never two per fetch
    assert scene.lookups["rebind-via-public.test"] == 1
    # the public site was really reached (the redirects were served), the honeypot never
    assert len(scene.public.requests) == len(targets) + 1


def test_private_targets_refused_without_any_configuration(scene: Scene) -> None:
    """Fail closed: a fetcher built from bare defaults (no file, no environment) refuses loopback."""
    settings = Settings.load(env={})
    assert settings.fetch_allow_loopback is False
    with Fetcher(settings) as fetcher, pytest.raises(FetchError) as info:
        fetcher.fetch(scene.honeypot.url("/"))
    assert info.value.reason == "blocked_address"
    assert scene.honeypot.requests == [] and scene.reached_by_connect == 0
