"""Exports and import at 20 years × 40 participants: JSON export, JSON import into an empty
database and again into the same one (everything already there), xlsx and csv exports.

    python benchmarks/bench_exchange.py [--workdir DIR]

Aim: each ≤ 8 s.
"""

from __future__ import annotations

import argparse

from common import big_demo, emit, fresh_copy, remove, timed, workdir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir")
    folder = workdir(parser.parse_args().workdir)
    path = fresh_copy(big_demo(folder), "exchange.sqlite")
    from diagapp.services import catalog, exchange, tabular
    from diagapp.storage.database import open_database

    catalog.questionnaire()
    db = open_database(path)
    out = folder / "export.json"
    figures = {"json_export_s": timed(lambda: exchange.export_json(db, out))[0]}
    figures["json_mb"] = out.stat().st_size / 2**20
    figures["xlsx_export_s"] = timed(lambda: tabular.export_xlsx(db, folder / "export.xlsx"))[0]
    figures["xlsx_mb"] = (folder / "export.xlsx").stat().st_size / 2**20
    figures["csv_export_s"] = timed(lambda: tabular.export_csv(db, folder / "export.csv"))[0]
    figures["csv_mb"] = (folder / "export.csv").stat().st_size / 2**20
    db.close()
    target_path = folder / "imported.sqlite"
    remove(target_path)
    target = open_database(target_path)
    figures["json_import_new_s"] = timed(lambda: exchange.import_file(target, out))[0]
    figures["json_import_again_s"] = timed(lambda: exchange.import_file(target, out))[0]
    target.close()
    emit("exchange", {k: round(v, 2) for k, v in figures.items()})


if __name__ == "__main__":
    main()
