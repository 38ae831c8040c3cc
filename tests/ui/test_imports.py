"""The window's modules import one way: the application builds the main window, which builds
its menus; nothing below imports back up (an import loop makes the import order matter)."""

from __future__ import annotations

import grimp


def test_the_menus_and_the_main_window_do_not_import_the_application() -> None:
    graph = grimp.build_graph("diagapp", cache_dir=None)
    for lower in ("diagapp.ui.window_menus", "diagapp.ui.main_window"):
        chain = graph.find_shortest_chain(importer=lower, imported="diagapp.ui.app")
        assert chain is None, " → ".join(chain or ())
