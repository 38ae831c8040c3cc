"""The command line. `diagapp` alone opens the window; subcommands work headless.

`core` holds the parser, the shared commands and `main`; feature modules (`data`, `report`,
`recommend`) register their subcommands through `commands`.
"""

from diagapp.cli.core import EXIT_BUG, EXIT_DAMAGED, EXIT_ERROR, EXIT_USAGE, build_parser, main

__all__ = ["EXIT_BUG", "EXIT_DAMAGED", "EXIT_ERROR", "EXIT_USAGE", "build_parser", "main"]
