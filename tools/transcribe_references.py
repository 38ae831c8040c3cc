"""Transcribe the report's two tables into questionnaires/references.yaml.

Run once from a checkout beside shared/: python tools/transcribe_references.py REPORT.txt
The result is committed as data; tests/domain/test_references.py checks it cell by cell
against the report when the report is present.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

KEYS = [
    "public_subsidies",
    "private_grants_patronage",
    "sales",
    "membership_fees",
    "revenue_levy",
    "crowdfunding",
    "loans",
    "in_kind",
]
SYMBOLS = {"": 0, "+": 1, "++": 2, "+++": 3, "Néant": 0}
# id, name, type (identity.type option), place (l.69-93), funding lines (l.813-832), governance line
REFERENCES = [
    ("figeacteurs", "PTCE Figeacteurs", "ptce", "Figeac (Lot)", [813], 1024),
    ("start_up_de_territoire", "Start-Up de Territoire (Clus'ter Jura)", "ptce", "Lons-le-Saunier (Jura)", [814], 1025),
    ("nova_child", "Cluster Nova CHILD", "cluster", "Cholet (Maine-et-Loire)", [815], 1026),
    ("pole_mer_bretagne_atlantique", "Pôle Mer Bretagne Atlantique", "pole_competitivite", "Brest - Bretagne Atlantique", [816], 1027),
    ("pole_mer_mediterranee", "Pôle Mer Méditerranée", "pole_competitivite", "Toulon - Méditerranée", [817], 1028),
    ("mine_d_idees", "« Mine d'Idées » (Fondation de France)", "fondation_territoriale", "Lens-Liévin & Hénin-Carvin (Pas-de-Calais)", [818], 1029),
    ("euralens", "Euralens", "autre", "Bassin minier du Pas-de-Calais", [819], 1030),
    ("tzcld_premery", "TZCLD Prémery", "tzcld", "Prémery (Nièvre)", [820, 821], 1031),
    ("tzcld_villeurbanne", "TZCLD Villeurbanne", "tzcld", "Villeurbanne (Rhône)", [822, 823], 1032),
    ("pat_douaisis", "Projet alimentaire territorial (PAT) du Douaisis", "pat", "Douaisis (Nord)", [824], 1033),
    ("tepos_coeur_haute_lande", "TEPOS Cœur Haute Lande", "tepos", "Cœur Haute Lande (Landes)", [825], 1036),
    ("aful_chantrerie", "AFUL Chantrerie (La Chantrerie)", "cooperation_esr_entreprises", "Nantes (Loire-Atlantique)", [826], 1037),
    ("bliiida", "Tiers-lieu Bliiida", "tiers_lieu", "Metz (Moselle)", [827], 1038),
    ("imaginations_fertiles", "Tiers-lieu Imaginations fertiles", "tiers_lieu", "Toulouse (Haute-Garonne)", [828], 1039),
    ("eusko", "Monnaie locale Eusko", "monnaie_locale", "Bayonne - Pays basque du Nord", [829], 1040),
    ("biovallee", "Biovallée", "eco_territoire", "Die, Crest, Eurre - Vallée de la Drôme", [830], 1041),
    ("in_seine_saint_denis", "Marque IN Seine Saint-Denis", "marque_territoire", "Seine Saint-Denis", [831], 1042),
    ("villages_du_futur", "Villages du Futur", "cooperation_rurale", "Pays Nivernais Morvan", [832], 1043),
]
STATUSES = {
    "association loi 1901": "association_1901",
    "SCIC": "scic",
    "SAS": "sas",
    "SEM": "sem",
    "néant": "none_collectivite",
    "association foncière libre urbaine (AFUL)": "aful",
    "expérimentation de la Fondation de France puis fondation territoriale sous égide": "fondation_territoriale",
}
ORIGINS = {
    "société civile": "societe_civile",
    "Société civile": "societe_civile",
    "pouvoirs publics": "pouvoirs_publics",
    "société civile / pouvoirs publics": "societe_civile_et_pouvoirs_publics",
}


def legal_statuses(status: str, model: str) -> list[str]:
    """The status cell's structures; an SAS the model cell calls « SAS citoyenne » is one
    (TEPOS Cœur Haute Lande, l.1036: « SAS citoyenne pour monter progressivement au capital »)."""
    keys = [STATUSES[part] for part in status.split(" + ")]
    if "SAS citoyenne" in model:
        keys = ["sas_citoyenne" if key == "sas" else key for key in keys]
    return keys


def funding_row(lines: list[str], number: int, split: bool) -> tuple[str, dict[str, str]]:
    cells = lines[number - 1].split("\t")
    if split:
        # name | structure | 7 cells: the merged name cell swallowed one blank column;
        # the last cell is the non-monetary column (l.800 cites Villeurbanne's volunteering).
        values = cells[2:]
        assert len(values) == 7, (number, values)
        row = dict(zip(KEYS[:6], values[:6], strict=True))
        row["loans"], row["in_kind"] = "", values[6]
        return cells[1], row
    values = cells[1:]
    assert len(values) == 8, (number, values)
    return "", dict(zip(KEYS, values, strict=True))


def main(report: Path) -> None:
    lines = report.read_text(encoding="utf-8").split("\n")
    dynamics = []
    for rid, name, kind, place, funding_lines, governance_line in REFERENCES:
        label, status, origin, model, inhabitants, debate = lines[governance_line - 1].split("\t")
        structures = []
        for number in funding_lines:
            structure, raw = funding_row(lines, number, split=len(funding_lines) > 1)
            intensity = {k: SYMBOLS[raw[k]] for k in KEYS} | {"equity_contributions": None}
            structures.append({"name": structure, "line": number, "raw": raw, "intensity": intensity})
        dynamics.append(
            {
                "id": rid,
                "name": name,
                "type": kind,
                "place": place,
                "funding_label": lines[funding_lines[0] - 1].split("\t")[0],
                "governance_label": label,
                "legal_status": status,
                "legal_statuses": legal_statuses(status, model),
                "origin_text": origin,
                "origin": ORIGINS[origin],
                "economic_model": model,
                "inhabitants_raw": inhabitants,
                "inhabitants": SYMBOLS[inhabitants],
                "debate_raw": debate,
                "debate": SYMBOLS[debate],
                "governance_line": governance_line,
                "structures": structures,
            }
        )
    doc = {
        "source": {
            "section": "1.5 tableau des ressources (l.810-832) ; 1.6 tableau des 4 variables structurantes (l.1023-1043)",
            "lines": [810, 1043],
        },
        "note": (
            "Cellules transcrites telles quelles ; « raw » garde le symbole du rapport. Le tableau des "
            "ressources n'a pas de colonne « apports en fonds propres » (l.811-812) : equity_contributions "
            "est inconnu (null), pas Néant."
        ),
        "dynamics": dynamics,
    }
    out = Path(__file__).resolve().parent.parent / "questionnaires" / "references.yaml"
    with out.open("w", encoding="utf-8") as handle:
        handle.write("# The report's 18 reference dynamics, transcribed by tools/transcribe_references.py.\n")
        yaml.safe_dump(doc, handle, allow_unicode=True, sort_keys=False, width=120)
    print(f"{len(dynamics)} dynamiques écrites dans {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
