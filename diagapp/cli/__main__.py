"""`python -m diagapp.cli`: the same as the `diagapp` command."""

from diagapp.cli.core import main

raise SystemExit(main())
