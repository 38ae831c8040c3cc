"""The workbook's sheets of funding lines and accounts (services.tabular): one row per line,
one row per structure and year, in French like the other sheets."""

from __future__ import annotations

from typing import Any

from diagapp.domain.funder_rows import ACCOUNT_FIELDS, ACCOUNT_LABELS, KINDS, operating_income
from diagapp.domain.model import Assessment

LINES, ACCOUNTS = "Financeurs", "Comptes"
SHEETS = (LINES, ACCOUNTS)
_HEAD = ["Dynamique", "Évaluation", "Date de l'évaluation"]
EMPTY = {
    LINES: [*_HEAD, "Financeur", "Objet", "Nature", "Montant annuel (€)", "Début", "Fin"],
    ACCOUNTS: [*_HEAD, "Structure", "Année des comptes", "Recettes d'exploitation (€)"],
}
# Euro columns of these sheets (the workbook's number format for them).
EURO_COLUMNS = (
    "Recettes d'exploitation (€)",
    *(f"{ACCOUNT_LABELS[k].fr} (€)" for k in ACCOUNT_FIELDS if k not in ("fte", "volunteers")),
)


def rows(head: dict[str, Any], a: Assessment) -> dict[str, list[dict[str, Any]]]:
    lines = [
        {
            **head,
            "Financeur": line.funder,
            "Objet": line.purpose,
            "Nature": KINDS[line.kind].fr if line.kind in KINDS else line.kind,
            "Financement (hors recettes)": "oui" if line.kind in ("pret", "apport_capital") else "",
            "Structure": line.structure,
            "Montant annuel (€)": line.amount,
            "Début": f"{line.starts:%Y-%m}" if line.starts else "",
            "Fin": f"{line.ends:%Y-%m}" if line.ends else "",
        }
        for line in a.funding_lines
    ]
    accounts = []
    for entry in a.accounts:
        values = {}
        for key in ACCOUNT_FIELDS:
            label = ACCOUNT_LABELS[key].fr
            values[label if key in ("fte", "volunteers") else f"{label} (€)"] = entry.value(key)
        accounts.append(
            {
                **head,
                "Structure": entry.structure,
                "Année des comptes": entry.year,
                "Recettes d'exploitation (€)": operating_income(entry),
                **values,
            }
        )
    return {LINES: lines, ACCOUNTS: accounts}
