"""The « communauté apprenante » on the command line (issue 16).

The dynamic's side (offline, its own database):
    diagapp share --db PATH --assessment ID|latest [--contact EMAIL] [--helping ITEM,...]
                  [--departement CODE] [--withdraw] [--show] --out FILE.json
    diagapp benchmark import FILE --db PATH
The network's side (its pool, PostgreSQL or SQLite):
    diagapp network init|add|withdraw|stats|benchmark|demo --url DATABASE_URL
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from diagapp.cli.common import emit, open_for_writing, output_path, resolve_assessment, usage_error

EXIT_REFUSED = 4  # network add: at least one file refused (the others are merged)


def _items(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def cmd_share(args: argparse.Namespace) -> int:
    from diagapp.services import share

    workspace = open_for_writing(args, must_exist=True)
    try:
        db = workspace.db
        assessment_id = resolve_assessment(db, args.assessment)
        if args.withdraw:
            document = share.build_withdrawal(db, assessment_id=assessment_id)
        else:
            document = share.build_share(
                db,
                assessment_id=assessment_id,
                contact=args.contact,
                helping=_items(args.helping or ""),
                departement=args.departement,
            )
        if args.show:
            sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        out = share.write_document(Path(args.out), document)
        if args.withdraw:
            share.forget(db, assessment_id=assessment_id)
    finally:
        workspace.close()
    if args.withdraw:
        emit(
            f"Fichier de retrait écrit : {out}. Envoyez-le au réseau : il y effacera tout ce "
            "que cette dynamique a partagé.\n"
        )
    else:
        years = ", ".join(str(y["year"]) for y in document["years"])
        emit(
            f"Fichier de partage écrit : {out} (années {years} ; aucun nom, participant ni "
            "texte libre).\n"
        )
    return 0


def _stamp() -> str:
    import datetime as dt

    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _pool(args: argparse.Namespace) -> Any:
    from diagapp.services.network import pool

    return pool.open_pool(args.url)


def cmd_network_init(args: argparse.Namespace) -> int:
    from diagapp.services.network import pool

    created = pool.init_pool(_pool(args))
    emit("Pool créé.\n" if created else "Pool déjà en place : carte des items mise à jour.\n")
    return 0


def _merge(args: argparse.Namespace, withdraw_only: bool) -> int:
    from diagapp.services.network import merge

    outcomes = merge.add_files(
        _pool(args),
        [Path(f) for f in args.files],
        received_at=_stamp(),
        withdraw_only=withdraw_only,
    )
    for o in outcomes:
        line = f"{o.file} : {'REFUSÉ — ' if o.status == merge.REFUSED else ''}{o.message}\n"
        if o.status == merge.REFUSED:
            sys.stderr.write(line)
        else:
            emit(line)
    refused = sum(1 for o in outcomes if o.status == merge.REFUSED)
    emit(f"{len(outcomes) - refused} fichier(s) traité(s), {refused} refusé(s).\n")
    return EXIT_REFUSED if refused else 0


def cmd_network_add(args: argparse.Namespace) -> int:
    return _merge(args, withdraw_only=False)


def cmd_network_withdraw(args: argparse.Namespace) -> int:
    return _merge(args, withdraw_only=True)


def cmd_network_stats(args: argparse.Namespace) -> int:
    from diagapp.services.network import benchmark

    data = benchmark.summary(_pool(args))
    if args.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0
    emit(f"Dynamiques dans le pool : {data['dynamics']} (dont {data['helpers']} avec un contact)\n")
    emit(f"Retraits : {data['withdrawn']}\n")
    for year, n in data["assessments_by_year"].items():
        emit(f"  {year} : {n} diagnostic(s)\n")
    for kind, n in data["dynamics_by_type"].items():
        emit(f"  type {kind} : {n}\n")
    return 0


def cmd_network_benchmark(args: argparse.Namespace) -> int:
    from diagapp.services import share
    from diagapp.services.network import benchmark

    document = benchmark.benchmark(_pool(args), generated_at=_stamp(), min_group=args.min_group)
    out = share.write_document(Path(args.out), document)
    emit(
        f"Référentiel écrit : {out} ({len(document['groups'])} groupe(s) publiés, "
        f"{len(document['suppressed'])} masqué(s) car plus petits que {args.min_group}).\n"
    )
    return 0


def cmd_network_demo(args: argparse.Namespace) -> int:
    from diagapp.services.network import pool, synthetic

    engine = _pool(args)
    pool.init_pool(engine)
    n = synthetic.fill(engine, dynamics=args.dynamics, years=args.years, seed=args.seed)
    emit(f"{n} dynamiques synthétiques de {args.years} an(s) ajoutées au pool.\n")
    return 0


def cmd_benchmark_import(args: argparse.Namespace) -> int:
    from diagapp.services import peers

    workspace = open_for_writing(args, must_exist=True)
    try:
        info = peers.import_benchmark(workspace.db, Path(args.file))
    finally:
        workspace.close()
    emit(
        f"Référentiel du réseau importé ({info.groups} groupe(s), créé le {info.generated_at}) : "
        "voyez l'onglet « Au regard du réseau » des résultats.\n"
    )
    return 0


def _positive(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 10**6:
        raise argparse.ArgumentTypeError("un nombre entier positif est attendu")
    return int(value)


def _register_network(subcommands: Any) -> None:
    network = subcommands.add_parser(
        "network", help="côté réseau : mettre en commun les fichiers de partage (PostgreSQL)"
    )
    actions = network.add_subparsers(title="actions", metavar="ACTION", parser_class=type(network))
    network.set_defaults(
        handler=lambda _a: usage_error(
            network, "précisez init, add, withdraw, stats, benchmark ou demo"
        )
    )

    def action(name: str, help_text: str, handler: Any) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = actions.add_parser(name, help=help_text)
        p.add_argument(
            "--url",
            required=True,
            metavar="DATABASE_URL",
            help="postgresql://role@serveur/base ou sqlite:///fichier.sqlite",
        )
        p.set_defaults(handler=handler)
        return p

    action("init", "créer le pool (tables) dans la base", cmd_network_init)
    p = action("add", "ajouter des fichiers de partage (ou de retrait)", cmd_network_add)
    p.add_argument("files", nargs="+", metavar="FICHIER")
    p = action("withdraw", "appliquer des fichiers de retrait", cmd_network_withdraw)
    p.add_argument("files", nargs="+", metavar="FICHIER")
    p = action("stats", "ce que contient le pool", cmd_network_stats)
    p.add_argument("--json", action="store_true")
    p = action(
        "benchmark", "écrire le référentiel à renvoyer aux dynamiques", cmd_network_benchmark
    )
    p.add_argument("--out", metavar="FICHIER", required=True, type=output_path)
    p.add_argument("--min-group", type=_positive, default=5, metavar="N")
    p = action("demo", "remplir le pool de dynamiques synthétiques", cmd_network_demo)
    p.add_argument("--dynamics", type=_positive, default=100)
    p.add_argument("--years", type=_positive, default=3)
    p.add_argument("--seed", type=int, default=16)

    bench = subcommands.add_parser(
        "benchmark", help="importer le référentiel renvoyé par le réseau"
    )
    bench_actions = bench.add_subparsers(
        title="actions", metavar="ACTION", parser_class=type(bench)
    )
    bench.set_defaults(handler=lambda _a: usage_error(bench, "précisez « import »"))
    p = bench_actions.add_parser("import", help="importer un fichier de référentiel")
    p.add_argument("file", metavar="FICHIER")
    p.add_argument("--db", metavar="FICHIER")
    p.set_defaults(handler=cmd_benchmark_import)


def register(subcommands: Any, _export_formats: Any) -> None:
    p = subcommands.add_parser(
        "share",
        help="écrire le fichier anonymisé à envoyer au réseau (ou son retrait)",
        description="Écrit un fichier JSON anonymisé : typologie, niveaux de consensus par "
        "item, scores, variables de gouvernance, profil de financement en intensités et "
        "tranches. Jamais de noms, de participants, de textes libres ni de notes, sauf le "
        "contact et les items d'entraide si vous les indiquez.",
    )
    p.add_argument("--db", metavar="FICHIER")
    p.add_argument("--assessment", metavar="ID|latest", required=True)
    p.add_argument("--contact", metavar="EMAIL", help="contact pour l'entraide (facultatif)")
    p.add_argument(
        "--helping",
        metavar="ITEM,...",
        help="items sur lesquels l'équipe accepte d'aider d'autres dynamiques",
    )
    p.add_argument(
        "--departement", metavar="CODE", help="numéro de département, si l'équipe l'accepte"
    )
    p.add_argument("--withdraw", action="store_true", help="écrire le fichier de retrait")
    p.add_argument("--show", action="store_true", help="afficher le contenu du fichier")
    p.add_argument("--out", metavar="FICHIER", required=True, type=output_path)
    p.set_defaults(handler=cmd_share)
    _register_network(subcommands)
