"""The report package's modules import one another one way only (no import loop)."""

from __future__ import annotations


def test_no_import_loop_in_the_report_package() -> None:
    import grimp

    graph = grimp.build_graph("diagapp")
    modules = sorted(m for m in graph.modules if m.startswith("diagapp.report"))
    loops = []
    for module in modules:
        for imported in graph.find_modules_directly_imported_by(module):
            if not imported.startswith("diagapp.report"):
                continue
            back = graph.find_shortest_chain(importer=imported, imported=module)
            if back:
                loops.append((module, *back))
    assert not loops, loops
