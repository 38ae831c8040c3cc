"""The demo dynamic's words: a fictional PTCE, written as a team would write it."""

from __future__ import annotations

from typing import Any

DYNAMIC = "Pôle coopératif du Haut-Vallon"

# (name, collège); the demo uses the first N, then invents more for large benchmarks.
PARTICIPANTS = [
    ("Claire Martin", "Collectivités"),
    ("Hervé Lambert", "Collectivités"),
    ("Sophie Garnier", "Acteurs économiques"),
    ("Mathieu Roux", "Acteurs économiques"),
    ("Nadia Benali", "Acteurs associatifs"),
    ("Julien Fabre", "Acteurs associatifs"),
    ("Élise Moreau", "Habitants"),
    ("Lucas Petit", "Habitants"),
    ("Françoise Dubois", "Salariés et bénévoles"),
]
FIRST_NAMES = ["Anne", "Paul", "Inès", "Karim", "Léa", "Yves", "Chloé", "Omar", "Marie", "Hugo"]
LAST_NAMES = ["Bernard", "Leroy", "Girard", "Mercier", "Blanc", "Guerin", "Muller", "Henry"]

# Collège leanings by dimension: how much higher (or lower) than the team they tend to rate.
LEANINGS = {
    "Collectivités": {"energie": 0.5, "systeme": 0.4},
    "Acteurs économiques": {"energie": 0.3, "impact": -0.4},
    "Acteurs associatifs": {"robustesse": -0.3},
    "Habitants": {"energie": -0.8, "robustesse": -0.6, "systeme": -0.3},
    "Salariés et bénévoles": {"impact": 0.3},
}

STRUCTURES = [
    ("Association Haut-Vallon Coopère", "association_1901"),
    ("SCIC La Fabrique du Vallon", "scic"),
]

# Yearly amounts (€) per structure and resource for years 1, 2, 3 (later years grow on).
AMOUNTS: dict[str, dict[str, tuple[float | None, ...]]] = {
    "Association Haut-Vallon Coopère": {
        "public_subsidies": (120_000, 110_000, 95_000),
        "private_grants_patronage": (25_000, 30_000, 36_000),
        "membership_fees": (7_500, 8_200, 9_000),
        "sales": (12_000, 18_000, 24_000),
    },
    "SCIC La Fabrique du Vallon": {
        "public_subsidies": (40_000, 35_000, 30_000),
        "sales": (58_000, 84_000, 112_000),
        "equity_contributions": (None, 20_000, 20_000),
        "crowdfunding": (None, None, 15_000),
        "loans": (None, None, 50_000),
    },
}
VOLUNTEER_HOURS = {"Association Haut-Vallon Coopère": (1_600, 1_850, 2_100)}

FIELDS: dict[str, Any] = {
    "identity.type": "ptce",
    "identity.territory": "Communauté de communes du Haut-Vallon (14 communes, 21 000 habitants)",
    "identity.scale": "intercommunalite",
    "identity.territory_setting": ["rural"],
    "identity.year_founded": 2017,
    "identity.origin": "hybride",
    "identity.cooperation_logic": "concentration_mutualisation",
    "identity.cooperation_purposes": ["projet_territoire", "efficacite_mutualisation"],
    "identity.raison_detre": (
        "Faire vivre un territoire rural où l'on peut travailler, se nourrir et se loger "
        "sans dépendre de la métropole voisine : relocaliser l'activité, mutualiser les moyens "
        "des petites structures et redonner aux habitants une prise sur l'avenir du vallon."
    ),
    "identity.phase": "emergence_structuration",
    "identity.transitions": ["economique", "sociale", "ecologique"],
    # Member organisations (the story says « une trentaine »); the matrix has the 2 legal ones.
    "identity.structures_count": 30,
    "identity.animation_fte": 2.5,
    "identity.story": (
        "Tout part de la fermeture de la scierie de Saint-Aubin en 2015 : quarante emplois "
        "perdus et un bâtiment vide au cœur du bourg. Quelques artisans, l'association "
        "d'insertion locale et deux élus de la communauté de communes se réunissent pour "
        "« ne pas laisser faire ». En 2017, ils créent l'association Haut-Vallon Coopère, qui "
        "rachète le bâtiment avec l'aide de la Région et y installe un atelier partagé, une "
        "légumerie et un espace de coworking. En 2021, les activités marchandes rejoignent la "
        "SCIC La Fabrique du Vallon, qui associe salariés, producteurs, habitants et collectivités. "
        "Aujourd'hui, une trentaine de structures coopèrent ; le défi est de moins dépendre des "
        "subventions et de passer le relais des fondateurs."
    ),
    "governance.economic_model": (
        "Deux structures : l'association reçoit les subventions et les dons et anime la coopération ; "
        "la SCIC porte les activités marchandes (légumerie, location d'ateliers, prestations) et "
        "accueille les apports en capital des habitants et des collectivités."
    ),
    "governance.vat_liable": "en_partie",
    "governance.corporate_tax": "en_partie",
    "governance.patronage_eligible": "oui",
    "governance.two_structures": True,
    "governance.sieg": "non",
    "governance.debate": 2,
    "governance.legal_statuses": ["association_1901", "scic"],
    "governance.multi_level": "multi_partenariale",
    "governance.colleges": "Collectivités ; acteurs économiques ; acteurs associatifs ; habitants ; salariés et bénévoles",
    # The funder edition's front sheet (identity « funder_ » items), reused each year.
    "identity.funder_mission": (
        "Le Pôle coopératif du Haut-Vallon fait travailler ensemble artisans, associations, "
        "habitants et collectivités pour recréer de l'activité au cœur d'un vallon rural. "
        "Il mutualise un lieu, des outils et une coordination qu'aucune petite structure ne "
        "pourrait porter seule."
    ),
    "identity.funder_achievements": (
        "14 entreprises hébergées à l'atelier partagé, environ 25 emplois créés ou maintenus\n"
        "18 tonnes de légumes locaux transformées par an par la légumerie"
    ),
    "identity.funder_request_amount": 135_000,
    "identity.funder_request_purpose": (
        "Pérenniser la coordination de la coopération quand le financement régional du poste "
        "s'arrête, le temps que les ventes de la SCIC prennent le relais."
    ),
    "identity.funder_request_period": "2027-2029 (trois ans)",
    "identity.funder_request_uses": (
        "Poste de coordination (1 ETP) : 38 000 € par an\n"
        "Binôme de relais et formation des nouveaux animateurs : 5 000 € par an\n"
        "Évaluation partagée des effets avec les partenaires : 2 000 € par an"
    ),
    "identity.funder_legal_entities": (
        "Association Haut-Vallon Coopère (association loi 1901) — SIRET 812 345 678 00017\n"
        "SCIC La Fabrique du Vallon (SCIC SAS) — SIRET 894 512 367 00025"
    ),
    "identity.funder_signatory": "Bernard Vial, président de l'association Haut-Vallon Coopère",
    "identity.funder_contact": "Camille Reynaud, coordinatrice — contact@hautvallon-coopere.fr — 04 75 00 00 00",
}
# The funding lines the team declared (funder, purpose, kind, yearly €, start, end, structure):
# the Region's coordination post ends in December 2026 (the demo's main risk); the loan and
# the members' capital are financing, not income. The matrix's amounts agree (2026: the
# association's 95 000 € of subsidies are the Region's and the community's lines).
ASSO, SCIC = STRUCTURES[0][0], STRUCTURES[1][0]
FUNDING_LINES: tuple[tuple[str, str, str, int, str, str | None, str], ...] = (
    ("Région", "poste de coordination", "subvention_fonctionnement", 45_000, "2024-01", "2026-12", ASSO),
    ("Communauté de communes du Haut-Vallon", "fonctionnement du tiers-lieu",
     "subvention_fonctionnement", 50_000, "2024-01", "2028-12", ASSO),
    ("Département", "légumerie d'insertion", "subvention_projet", 30_000, "2025-07", "2027-06", SCIC),
    ("Fondation de France", "participation des habitants", "mecenat_don", 20_000, "2025-01",
     "2027-12", ASSO),
    ("Mécénat d'entreprises du vallon", "équipement de la légumerie", "mecenat_don", 16_000,
     "2026-01", "2027-12", ASSO),
    ("Sociétaires de la SCIC", "parts sociales (collège habitants)", "apport_capital", 20_000,
     "2025-01", None, SCIC),
    ("France Active", "prêt participatif à la SCIC", "pret", 50_000, "2026-03", "2031-12", SCIC),
)  # fmt: skip
# Each structure's accounts by calendar year: income by kind as in the matrix, then charges,
# result (income − charges), equity, cash, FTE and volunteers.
ACCOUNTS: dict[int, dict[str, dict[str, float]]] = {
    2025: {
        ASSO: {"subsidies": 110_000, "sales": 18_000, "donations": 30_000, "other_income": 8_200,
               "charges": 170_000, "result": -3_800, "equity": 43_500, "cash": 31_000,
               "fte": 3.0, "volunteers": 40},
        SCIC: {"subsidies": 35_000, "sales": 84_000, "charges": 115_000, "result": 4_000,
               "equity": 64_000, "cash": 22_000, "fte": 4.0, "volunteers": 6},
    },
    2026: {
        ASSO: {"subsidies": 95_000, "sales": 24_000, "donations": 36_000, "other_income": 9_000,
               "charges": 166_500, "result": -2_500, "equity": 41_000, "cash": 28_000,
               "fte": 3.0, "volunteers": 45},
        SCIC: {"subsidies": 30_000, "sales": 112_000, "other_income": 15_000,
               "charges": 150_000, "result": 7_000, "equity": 91_000, "cash": 36_000,
               "fte": 5.0, "volunteers": 8},
    },
}  # fmt: skip

# What changed in later years (year index → field values).
FIELD_CHANGES: dict[int, dict[str, Any]] = {
    1: {
        "identity.animation_fte": 3.0,
    },
    2: {
        "identity.phase": "consolidation_faire_systeme",
        "governance.debate": 3,
        "governance.multi_level": "multi_niveaux",
        "identity.transitions": ["economique", "sociale", "ecologique", "democratique"],
        "identity.funder_achievements": (
            "Chiffre d'affaires de la SCIC doublé en trois ans : 112 000 € en 2026\n"
            "La légumerie fournit les cantines de trois communes : 18 tonnes de légumes locaux\n"
            "Un collège « habitants » dans la SCIC : 34 sociétaires\n"
            "Quatre objectifs de résultat écrits avec les partenaires ; binôme de coordination en place"
        ),
    },
}

# The objectives of result the team wrote with its partners after the 2024 workshop (its
# decision « Écrire nos objectifs de résultat avec les partenaires »), carried into 2026.
# Each: (title, unit, dimension, baseline, baseline year, target, target date,
# {year: (reached, comment)}). Two reached, one on its way, one missed.
OBJECTIVES: tuple[tuple[Any, ...], ...] = (
    (
        "Chiffre d'affaires de la SCIC",
        "k€ de ventes",
        "energie",
        58,
        2024,
        120,
        "2027-12-31",
        {2025: (84, ""), 2026: (112, "Ventes aux cantines et location d'ateliers.")},
    ),
    (
        "Cantines approvisionnées par la légumerie",
        "communes",
        "impact",
        1,
        2024,
        3,
        "2026-09-30",
        {2025: (2, ""), 2026: (3, "Rentrée de septembre : trois communes servies.")},
    ),
    (
        "Personnes prêtes à reprendre la coordination",
        "personnes",
        "robustesse",
        0,
        2024,
        2,
        "2026-06-30",
        {2025: (1, "Binôme en formation."), 2026: (2, "Binôme en place depuis juin.")},
    ),
    (
        "Habitants sociétaires de la SCIC",
        "sociétaires",
        "energie",
        0,
        2024,
        50,
        "2026-06-30",
        {
            2025: (18, ""),
            2026: (34, "Campagne de sociétariat repoussée : elle reprend au printemps 2027."),
        },
    ),
)

# Team consensus level per item in year 1; the demo makes them move in later years.
BASE_LEVELS = {
    "ressort": 2.4,
    "energie": 1.6,
    "robustesse": 1.5,
    "impact": 0.9,
    "systeme": 1.2,
}

# Evidence the team wrote down, by item (the consensus' evidence), per year when it changed.
EVIDENCE: dict[str, tuple[str, ...]] = {
    "ressort.circonstances_declenchantes": (
        "La fermeture de la scierie de Saint-Aubin en 2015 a réuni artisans, association "
        "d'insertion et élus autour d'un même bâtiment vide.",
    ),
    "ressort.acteurs_decisifs": (
        "La communauté de communes et la Région ont cofinancé le rachat du bâtiment dès 2017.",
    ),
    "ressort.projet_objectifs_communs": (
        "La charte de 2017 fixe la raison d'être et trois objectifs communs ; elle est relue "
        "chaque année en assemblée générale.",
    ),
    "systeme.transition_multidimensionnelle": (
        "Objectifs écrits pour l'économie, le social et l'écologie (légumerie, insertion, "
        "rénovation du bâtiment) ; la dimension culturelle reste à travailler.",
    ),
    "ressort.besoin_territoire": (
        "La fermeture de la scierie en 2015 (40 emplois) a rendu visible le besoin : "
        "plus aucun lieu d'activité au centre du bourg.",
    ),
    "ressort.impulsion_leaders": (
        "Trois fondateurs (un artisan, la directrice de l'association d'insertion, un élu) ont "
        "porté le projet ; leur énergie reste le moteur principal.",
    ),
    "ressort.recit_fondateur": (
        "Le récit « de la scierie à la Fabrique » est raconté à chaque assemblée générale et "
        "figure sur le site ; les nouveaux membres s'y reconnaissent.",
    ),
    "energie.diversite_ressources": (
        "Les subventions publiques pèsent encore les trois quarts du budget de l'association.",
        "La part des subventions baisse grâce aux ventes de la légumerie.",
        "Ventes et cotisations progressent chaque année, mais subventions et mécénat restent "
        "la première ressource des deux structures.",
    ),
    "energie.ressources_propres": (
        "La location des ateliers couvre les charges du bâtiment, pas encore l'animation.",
        "La légumerie vend aux cantines de trois communes depuis septembre.",
        "Le chiffre d'affaires de la SCIC a doublé en trois ans (112 k€).",
    ),
    "energie.implication_habitants": (
        "Les habitants viennent aux événements mais ne participent pas aux décisions.",
        "Un collège « habitants » a été créé dans la SCIC : 34 sociétaires.",
    ),
    "energie.animation_financee": (
        "Le poste de coordination dépend d'un financement régional qui s'arrête fin 2026.",
    ),
    "energie.financements_toutes_echelles": (
        "Communauté de communes et Région financent l'association ; l'Europe reste hors de portée.",
        "Le cumul des aides publiques de l'association dépasse le plafond de minimis : "
        "nous cherchons comment régulariser.",
        "Le cumul des aides publiques de l'association dépasse le plafond de minimis "
        "(300 k€ sur 3 ans glissants) : mandat SIEG demandé à la communauté de communes.",
    ),
    "robustesse.passage_de_relais": (
        "Aucun plan de relais : si la coordinatrice part, tout s'arrête.",
        "Binôme de coordination mis en place ; carnet de bord partagé des décisions.",
    ),
    "robustesse.garder_des_traces": (
        "Les comptes rendus existent mais sont dispersés dans les boîtes mail.",
        "Un espace documentaire partagé regroupe décisions, comptes rendus et photos.",
    ),
    "robustesse.place_du_debat": (
        "Les sujets qui fâchent (prix de la légumerie, place des élus) sont évités en réunion.",
        "Deux séances de « disputes constructives » par an, animées par un tiers.",
    ),
    "impact.promesse_definie": (
        "Nous n'avions pas écrit d'objectifs mesurables au départ.",
        "Quatre objectifs de résultat écrits avec les partenaires (ventes de la SCIC, cantines "
        "servies, relais de la coordination, habitants sociétaires).",
    ),
    "impact.effets_quantitatifs": (
        "Environ 25 emplois créés ou maintenus, 14 entreprises hébergées, 18 tonnes de "
        "légumes locaux transformées par an.",
    ),
    "impact.restitution_financeurs": (
        "Les bilans envoyés aux financeurs listent les actions, pas leurs effets.",
        "Ce diagnostic annuel est désormais joint aux demandes de financement.",
    ),
    "systeme.cooperation_hors_cercle": (
        "Deux entreprises non membres ont monté un groupement d'achat à notre exemple.",
    ),
    "systeme.politiques_publiques": (
        "Le projet de territoire de la communauté de communes reprend nos priorités "
        "alimentaires et énergétiques.",
    ),
}
JUSTIFICATIONS: dict[str, str] = {
    "energie.diversite_ressources": (
        "Nous réduisons notre dépendance aux subventions année après année, comme le montre la "
        "matrice des ressources."
    ),
    "impact.promesse_definie": (
        "Les objectifs de résultat ont été écrits en 2025 et suivis chaque année : deux sont "
        "atteints, les sociétaires habitants restent en retard."
    ),
}
# Levels the team settled lower than the participants' mean, for what its evidence says: the
# coordination's funding ends in 2026 (2.3 at most « précaire ») and the de minimis
# ceiling is passed (2.9 cannot say « maîtrisé »). An item without evidence stays below 3.
# Inhabitants sit in a college of the SCIC but do not yet carry projects: ++ in the report's
# table (l.1009, l.1023-1043), as the governance page said when v1 asked it there.
CONSENSUS_CAPS: dict[str, int] = {
    "energie.animation_financee": 1,
    "energie.financements_toutes_echelles": 1,
    "energie.implication_habitants": 2,
    "systeme.transition_multidimensionnelle": 2,
}
PRIVATE_NOTES: dict[str, str] = {
    "robustesse.passage_de_relais": "Tension entre les fondateurs sur le calendrier de départ : ne pas l'écrire au rapport.",
}
