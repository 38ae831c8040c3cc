"""French départements and their regions (the 2016 map): the only place a share file may say
where a dynamic is, and only when the team opts in. The network groups by region, which keeps
groups large enough to publish (a département would single out most dynamics)."""

from __future__ import annotations

REGIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "auvergne_rhone_alpes": (
        "Auvergne-Rhône-Alpes",
        ("01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"),
    ),
    "bourgogne_franche_comte": (
        "Bourgogne-Franche-Comté",
        ("21", "25", "39", "58", "70", "71", "89", "90"),
    ),
    "bretagne": ("Bretagne", ("22", "29", "35", "56")),
    "centre_val_de_loire": ("Centre-Val de Loire", ("18", "28", "36", "37", "41", "45")),
    "corse": ("Corse", ("2A", "2B")),
    "grand_est": ("Grand Est", ("08", "10", "51", "52", "54", "55", "57", "67", "68", "88")),
    "hauts_de_france": ("Hauts-de-France", ("02", "59", "60", "62", "80")),
    "ile_de_france": ("Île-de-France", ("75", "77", "78", "91", "92", "93", "94", "95")),
    "normandie": ("Normandie", ("14", "27", "50", "61", "76")),
    "nouvelle_aquitaine": (
        "Nouvelle-Aquitaine",
        ("16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87"),
    ),
    "occitanie": (
        "Occitanie",
        ("09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"),
    ),
    "pays_de_la_loire": ("Pays de la Loire", ("44", "49", "53", "72", "85")),
    "provence_alpes_cote_d_azur": (
        "Provence-Alpes-Côte d'Azur",
        ("04", "05", "06", "13", "83", "84"),
    ),
    "guadeloupe": ("Guadeloupe", ("971",)),
    "martinique": ("Martinique", ("972",)),
    "guyane": ("Guyane", ("973",)),
    "la_reunion": ("La Réunion", ("974",)),
    "mayotte": ("Mayotte", ("976",)),
}

DEPARTEMENTS: dict[str, str] = {
    code: region for region, (_name, codes) in REGIONS.items() for code in codes
}


def normalise_departement(text: str) -> str | None:
    """The département code `text` names (« 7 » → « 07 », « 2a » → « 2A »), or None."""
    code = text.strip().upper()
    if code.isdigit() and len(code) == 1:
        code = "0" + code
    return code if code in DEPARTEMENTS else None


def region_of(departement: str | None) -> str | None:
    return DEPARTEMENTS.get(departement) if departement else None


def region_name(region: str) -> str:
    return REGIONS[region][0] if region in REGIONS else region
