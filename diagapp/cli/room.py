"""`diagapp room`: open the workshop to the participants' phones, without the window.

diagapp room --db PATH [--assessment ID|latest] [--bind ADDRESS] [--port N]

First line on stdout: the address to open; second: the join code. Runs until Ctrl+C or
SIGTERM, then the phones see the end page for a few seconds and nothing listens any more.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from typing import Any

from diagapp.cli.common import open_for_writing, printable, resolve_assessment


def register(subcommands: Any, _export_formats: Any) -> None:
    p = subcommands.add_parser(
        "room",
        help="ouvrir l'atelier aux téléphones des participants (mode salle)",
        description="Sert les pages du questionnaire aux téléphones sur le réseau local, sur "
        "une seule adresse de cet ordinateur. 1re ligne : l'adresse à ouvrir ; 2e ligne : le "
        "code de l'atelier. Ctrl+C ferme l'atelier.",
    )
    p.add_argument("--db", metavar="FICHIER", required=True, help="fichier de base de données")
    p.add_argument("--assessment", metavar="ID|latest", default="latest")
    p.add_argument(
        "--bind",
        metavar="ADRESSE",
        default="127.0.0.1",
        help="adresse IPv4 de cet ordinateur sur le réseau de l'atelier (par défaut 127.0.0.1 : "
        "cet ordinateur seulement ; jamais toutes les interfaces)",
    )
    p.add_argument("--port", type=_port, default=None, help="port (par défaut 8765 s'il est libre)")
    p.add_argument(
        "--grace",
        type=float,
        default=None,
        metavar="SECONDES",
        help="durée pendant laquelle les téléphones voient la page de fin avant l'arrêt",
    )
    p.set_defaults(handler=cmd_room)


def _port(value: str) -> int:
    if value.isdigit() and 0 <= int(value) <= 65535:
        return int(value)
    raise argparse.ArgumentTypeError(f"port {value!r} invalide (0 à 65535)")


def cmd_room(args: argparse.Namespace) -> int:
    from diagapp.room.server import CLOSING_GRACE_S, RoomServer, check_address, interfaces
    from diagapp.room.state import RoomState

    address = check_address(args.bind)  # before the database is opened
    workspace = open_for_writing(args, must_exist=True)  # the window's lock: not both at once
    stop = threading.Event()
    previous = {s: signal.signal(s, lambda *_: stop.set()) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        assessment_id = resolve_assessment(workspace.db, args.assessment)
        room = RoomState(assessment_id)
        server = RoomServer(workspace.db, room, address=address, port=args.port)
        server.start()
        sys.stdout.write(f"{server.url}\n{room.join_code}\n")
        sys.stdout.flush()
        sys.stderr.write(
            f"Atelier ouvert aux téléphones (évaluation n° {assessment_id}) : ouvrez "
            f"{server.url} et saisissez le code {room.join_code}. Ctrl+C pour fermer.\n"
        )
        if address.startswith("127."):
            others = [i for i in interfaces() if not i.loopback]
            if others:
                sys.stderr.write(
                    "Seul cet ordinateur peut joindre l'atelier ; pour les téléphones, "
                    "relancez avec --bind et l'adresse du réseau de l'atelier : "
                    + ", ".join(printable(f"{i.address} ({i.name})") for i in others)
                    + ".\n"
                )
        room.listeners.append(_tell_joins)
        stop.wait()
        server.close(grace=CLOSING_GRACE_S if args.grace is None else max(0.0, args.grace))
        sys.stderr.write("Atelier fermé : plus rien n'écoute.\n")
        return 0
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        workspace.close()


def _tell_joins(what: str, _participant_id: int) -> None:
    if what == "joined":
        sys.stderr.write("Un participant a rejoint l'atelier.\n")
