"""The monograph's own words, French first, English beside (questionnaire text comes from
the data files). `say(key, lang, **values)` formats one of them."""

from __future__ import annotations

from typing import Any

WORDS: dict[str, tuple[str, str]] = {
    # document
    "doc_title": ("Monographie d'autodiagnostic", "Self-assessment monograph"),
    "doc_subject": (
        "Autodiagnostic d'une dynamique collective de transitions dans les territoires, "
        "d'après le Labo de l'ESS (2020)",
        "Self-assessment of a collective dynamic of territorial transitions, "
        "after the Labo de l'ESS (2020)",
    ),
    "keywords": (
        "dynamique collective, transitions, territoire, autodiagnostic, Labo de l'ESS",
        "collective dynamic, transitions, territory, self-assessment, Labo de l'ESS",
    ),
    "page": ("{page} / {pages}", "{page} / {pages}"),
    "workshop_of": ("Atelier du {date}", "Workshop of {date}"),
    "cover_kicker": ("MONOGRAPHIE D'AUTODIAGNOSTIC", "SELF-ASSESSMENT MONOGRAPH"),
    "cover_framework": (
        "Établie par l'équipe de la dynamique selon le cadre d'analyse du rapport : {report}.",
        "Written by the dynamic's team using the analysis framework of the report: {report}.",
    ),
    "cover_made": (
        "Document produit le {date} avec diagapp {version}. Questionnaire version {q}.",
        "Document produced on {date} with diagapp {version}. Questionnaire version {q}.",
    ),
    "anonymized_note": (
        "Les noms des participants sont remplacés par leur collège et un numéro.",
        "Participants' names are replaced by their college and a number.",
    ),
    "draft_note": (
        "Diagnostic en cours : certains éléments attendent encore le consensus de l'équipe.",
        "Assessment in progress: some items still await the team's consensus.",
    ),
    # section titles
    "cover": ("Couverture", "Cover"),
    "summary": ("L'essentiel en une page", "At a glance"),
    "contents": ("Sommaire", "Contents"),
    "identity": ("Fiche d'identité", "Identity card"),
    "story": ("Notre histoire, en nos mots", "Our story, in our own words"),
    "dimensions": ("Les cinq dimensions d'analyse", "The five dimensions of analysis"),
    "governance": ("Gouvernance et forme juridique", "Governance and legal form"),
    "funding": ("Modèle économique et ressources", "Economic model and resources"),
    "objectives": ("Résultats au regard des objectifs", "Results against our objectives"),
    "references": (
        "Les dynamiques du rapport qui nous ressemblent",
        "Similar dynamics in the report",
    ),
    "network": ("Au regard du réseau", "Against the network"),
    "findings": (
        "Facteurs remarquables, questionnements, opportunités",
        "Remarkable factors, open questions, opportunities",
    ),
    "recommendations": ("Recommandations", "Recommendations"),
    "plan": ("Notre feuille de route", "Our roadmap"),
    "funders": ("À l'attention des financeurs", "For funders"),
    "reread": ("Relecture avant envoi", "Reread before sending"),
    "evolution": ("Évolution d'une année sur l'autre", "Year-over-year changes"),
    "annex": ("Annexe : méthode et données", "Annex: method and data"),
    # summary
    "overall": ("Maturité d'ensemble", "Overall maturity"),
    "on_scale": ("sur 3", "out of 3"),
    "participants_n": ("{n} participants, {c} collèges", "{n} participants, {c} colleges"),
    "strengths_3": ("Trois forces", "Three strengths"),
    "questions_3": ("Trois questions ouvertes", "Three open questions"),
    "key_recs": ("Recommandations clés", "Key recommendations"),
    "radar_caption": (
        "Niveau de consensus de l'équipe par dimension (0 à 3) ; en pointillés, la moyenne "
        "des réponses individuelles.",
        "The team's consensus level per dimension (0 to 3); dashed, the mean of individual "
        "answers.",
    ),
    "consensus": ("Consensus de l'équipe", "Team consensus"),
    "team_mean": ("Moyenne des participants", "Participants' mean"),
    "public_share": ("Part des subventions publiques", "Share of public subsidies"),
    "own_share": ("Part des ressources propres", "Share of own resources"),
    "phase": ("Phase", "Phase"),
    "none_yet": ("Aucun pour l'instant.", "None so far."),
    # identity
    "unanswered": ("non renseigné", "not stated"),
    "yes": ("Oui", "Yes"),  # as the choice fields beside them write it
    "no": ("Non", "No"),
    "raison_detre": ("Raison d'être", "Purpose"),
    "our_story": ("Le récit de la dynamique", "The dynamic's story"),
    "evidence_title": (
        "Ce que nous avons accompli : les preuves",
        "What we achieved: the evidence",
    ),
    "evidence_intro": (
        "Les preuves que l'équipe a consignées à l'appui de ses réponses, dimension par dimension.",
        "The evidence the team recorded in support of its answers, dimension by dimension.",
    ),
    "no_story": (
        "L'équipe n'a pas encore écrit le récit de la dynamique.",
        "The team has not written the dynamic's story yet.",
    ),
    # dimensions
    "report_questions": ("Les questions du rapport", "The report's questions"),
    "dim_scores": (
        "Consensus {consensus} sur 3 · moyenne des participants {team} · {answered} "
        "éléments sur {total} tranchés",
        "Consensus {consensus} out of 3 · participants' mean {team} · {answered} of "
        "{total} items settled",
    ),
    "item": ("Élément", "Item"),
    "level": ("Niveau", "Level"),
    "evidence": ("Preuve", "Evidence"),
    "justification": ("Justification", "Justification"),
    "not_applicable": ("non concerné", "not applicable"),
    "no_consensus": ("pas encore de consensus", "no consensus yet"),
    "disagreed": ("Là où l'équipe a divergé", "Where the team disagreed"),
    "disagreed_none": (
        "Aucun écart fort entre les participants sur cette dimension.",
        "No strong disagreement between participants on this dimension.",
    ),
    "spread": (
        "réponses de {low} à {high}",
        "answers from {low} to {high}",
    ),
    "by_college": ("par collège", "by college"),
    "gauge_legend": (
        "Les cases donnent le niveau retenu par consensus ; le trait, l'étendue des réponses "
        "individuelles ; le triangle, leur moyenne.",
        "Cells show the level settled by consensus; the line, the range of individual answers; "
        "the triangle, their mean.",
    ),
    "radar_dim_caption": (
        "Surface d'atteinte : niveau de consensus de chaque élément (numérotés comme dans le "
        "tableau) ; en pointillés, la moyenne des participants.",
        "Attainment surface: consensus level of each item (numbered as in the table); dashed, "
        "the participants' mean.",
    ),
    "source": ("Source", "Source"),
    "report_short": ("rapport", "report"),
    "report_references": ("Renvois au rapport", "References to the report"),
}

WORDS_MORE: dict[str, tuple[str, str]] = {
    "funder_doc_title": ("Dossier pour les financeurs", "Brief for funders"),
    # a partial diagnostic, said plainly (unassessed dimensions are absent, not 0);
    # the values are a scoring.Basis's fields (dataclasses.asdict)
    "not_assessed": ("non évalué", "not assessed"),
    "overall_basis": (
        "sur {items} éléments de {total}, {dimensions} dimensions sur {dimension_count}",
        "based on {items} items of {total}, {dimensions} dimensions of {dimension_count}",
    ),
    "partial_cover": (
        "Diagnostic partiel : {items} éléments sur {total} ont un niveau de consensus "
        "({dimensions} dimensions évaluées sur {dimension_count}).",
        "Partial diagnostic: {items} items of {total} have a consensus level "
        "({dimensions} dimensions assessed of {dimension_count}).",
    ),
}


def say(key: str, lang: str, **values: Any) -> str:
    fr, en = WORDS.get(key) or WORDS_MORE[key]
    text = en if lang == "en" else fr
    return text.format(**values) if values else text


def pick(lang: str, fr: str, en: str) -> str:
    return en if lang == "en" else fr
