"""Serve the room with waitress in one thread, on one chosen address only; stop cleanly.

waitress is a mature pure-Python WSGI server: its own small pool of worker threads answers
the phones while the Qt loop (or the command line) keeps the main thread. Our thread runs
waitress's socket loop a fraction of a second at a time so that `stop()` can end it from
anywhere, close every socket in the thread that owns them, and join.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import threading
import time
from dataclasses import dataclass
from typing import Any

from diagapp.domain.errors import DiagappError
from diagapp.room.state import RoomState
from diagapp.services.workspace import Database

DEFAULT_PORT = 8765
WORKER_THREADS = 6  # SQLite writes one at a time anyway; more threads only queue
CLOSING_GRACE_S = 4.0  # phones poll every 3 s: long enough for them to see the end page


class RoomError(DiagappError):
    """The room cannot open (address not on this computer, port taken…)."""


@dataclass(frozen=True)
class Interface:
    """One of the laptop's addresses a room can be offered on."""

    name: str  # the system's name for the network card (wlan0, Wi-Fi…)
    address: str

    @property
    def loopback(self) -> bool:
        return ipaddress.ip_address(self.address).is_loopback


def interfaces() -> list[Interface]:
    """The laptop's IPv4 addresses, the networks others can reach first, this computer last."""
    import psutil

    stats = psutil.net_if_stats()
    found = [
        Interface(name, a.address)
        for name, addrs in psutil.net_if_addrs().items()
        for a in addrs
        if a.family == socket.AF_INET and (stats.get(name) is None or stats[name].isup)
    ]
    return sorted(found, key=lambda i: (i.loopback, i.name, i.address))


def check_address(address: str) -> str:
    """`address` if it is one IPv4 address of this computer; RoomError otherwise. Never the
    wildcard: the room is offered on the one network the facilitator chose."""
    try:
        parsed = ipaddress.ip_address(address.strip())
    except ValueError:
        raise RoomError(f"« {address[:60]} » n'est pas une adresse IP.") from None
    if parsed.is_unspecified:
        raise RoomError(
            "La salle ne s'ouvre jamais sur toutes les interfaces à la fois : "
            "choisissez l'adresse d'un seul réseau."
        )
    if parsed.version != 4:
        raise RoomError("Indiquez une adresse IPv4 de cet ordinateur (ex. 192.168.1.10).")
    if not parsed.is_loopback and str(parsed) not in {i.address for i in interfaces()}:
        raise RoomError(f"L'adresse {parsed} n'appartient à aucune interface de cet ordinateur.")
    return str(parsed)


class RoomServer:
    """The room's web server. `start()` binds and serves; `stop()` ends it and forgets tokens."""

    def __init__(
        self,
        db: Database,
        room: RoomState,
        *,
        address: str,
        port: int | None = None,
        threads: int = WORKER_THREADS,
    ) -> None:
        self.db, self.room = db, room
        self.address = check_address(address)
        self.port = port or 0  # the port in use once started
        self._ports = [DEFAULT_PORT, 0] if port is None else [port]  # 0: any free port
        self.threads = threads
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()

    @property
    def url(self) -> str:
        return f"http://{self.address}:{self.port}/"

    @property
    def join_url(self) -> str:
        """What the QR code holds: the address with the join code filled in."""
        return f"{self.url}?code={self.room.join_code}"

    def start(self) -> None:
        from waitress.server import create_server

        logging.getLogger("waitress").setLevel(logging.ERROR)  # no per-request noise
        ports = self._ports
        deferred = _Deferred()
        for port in ports:
            try:
                server = create_server(
                    deferred,
                    host=self.address,
                    port=port,
                    threads=self.threads,
                    ident="diagapp",
                    clear_untrusted_proxy_headers=True,
                    channel_timeout=60,
                    connection_limit=200,
                    max_request_body_size=1 << 20,
                    expose_tracebacks=False,
                )
                break
            except OSError as exc:
                if port == ports[-1]:
                    raise RoomError(
                        f"Impossible d'ouvrir la salle sur {self.address}:{port} ({exc.strerror})."
                    ) from None
        self.port = int(server.effective_port)
        from diagapp.room.web import create_app

        deferred.app = create_app(self.db, self.room, host=f"{self.address}:{self.port}")
        self._server = server
        self._thread = threading.Thread(target=self._serve, name="diagapp-room", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        from waitress import wasyncore

        server = self._server
        try:
            while not self._stopping.is_set():
                wasyncore.loop(timeout=0.2, map=server._map, use_poll=True, count=1)
        finally:
            for channel in list(server._map.values()):
                channel.close()  # the listening socket, the phones' connections, the trigger
            server.task_dispatcher.shutdown(timeout=2)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def close(self, grace: float = 0.0) -> None:
        """« Fermer l'atelier »: no more writes at once; the end page for `grace` seconds (the
        phones' next poll sees it); then nothing listens any more."""
        self.room.close()
        if grace > 0 and self.running:
            self._stopping.wait(grace)
        self.stop()

    def stop(self) -> None:
        self.room.close()
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None


class _Deferred:
    """The WSGI app waitress is created with, set once the port (and so the Host) is known."""

    app: Any = None

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        return self.app(environ, start_response)


def qr_svg(text: str, scale: int = 8) -> bytes:
    """A QR code of `text` as SVG (segno: pure Python, no image library needed)."""
    import io

    import segno

    out = io.BytesIO()
    segno.make(text, error="m", micro=False).save(out, kind="svg", scale=scale, border=4)
    return out.getvalue()


def wait_until_listening(address: str, port: int, timeout: float = 5.0) -> None:
    """For tests and the command line: the port accepts connections (a poll, bounded)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            probe.settimeout(0.2)
            if probe.connect_ex((address, port)) == 0:
                return
        time.sleep(0.02)
    raise RoomError(f"La salle ne répond pas sur {address}:{port}.")
