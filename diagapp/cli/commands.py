"""Subcommands contributed by feature modules (recommend, export pdf/email/xlsx/csv…).

Each entry is `register(subcommands, export_formats)`; keep handlers beside their feature.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

REGISTER: list[Callable[[Any, Any], None]] = []

from diagapp.cli import data as cli_data  # noqa: E402  (export xlsx|csv, form export|import)

REGISTER.append(cli_data.register)

from diagapp.cli import report as cli_report  # noqa: E402  (export pdf|email: the monograph)

REGISTER.append(cli_report.register)

from diagapp.cli import recommend as cli_recommend  # noqa: E402  (recommend: the report's proposals)

REGISTER.append(cli_recommend.register)

from diagapp.cli import reread as cli_reread  # noqa: E402  (check-report: reread before sending)

REGISTER.append(cli_reread.register)

from diagapp.cli import plan as cli_plan  # noqa: E402  (plan: the feuille de route)

REGISTER.append(cli_plan.register)
from diagapp.cli import room as cli_room  # noqa: E402  (room: the phones answer over the network)

REGISTER.append(cli_room.register)
from diagapp.cli import network as cli_network  # noqa: E402  (share, benchmark, network: issue 16)

REGISTER.append(cli_network.register)
