"""The email draft's words for the funder edition: the file name, the subject and a short
cover note that says what is asked. The draft itself is `email_draft.build_draft`'s."""

from __future__ import annotations

import datetime as dt

from diagapp.report.email_draft import slug
from diagapp.report.typography import NBSP, NNBSP, euros, long_date, typeset
from diagapp.report.wording import pick

# How the file names start, per language (the team's as `email_draft.pdf_filename` writes them).
PREFIX = {"fr": "dossier-financeurs", "en": "funder-brief"}
TEAM_PREFIX = {"fr": "monographie", "en": "monograph"}


def pdf_filename(dynamic: str, year: int, lang: str = "fr") -> str:
    return f"{PREFIX['en' if lang == 'en' else 'fr']}-{slug(dynamic)}-{year}.pdf"


def subject(dynamic: str, year: int, lang: str) -> str:
    if lang == "en":
        return f"{dynamic}: our {year} brief for funders"
    return typeset(f"{dynamic} : notre dossier pour les financeurs {year}", "fr").replace(
        NNBSP, NBSP
    )


def body(
    dynamic: str,
    day: dt.date,
    lang: str,
    amount: float | None = None,
    purpose: str = "",
    period: str = "",
) -> str:
    """A short plain-text cover note naming the request when the team stated it."""
    when = long_date(day, lang)
    lines = [
        pick(lang, "Bonjour,", "Hello,"),
        "",
        pick(
            lang,
            f"Vous trouverez ci-joint le dossier de {dynamic} pour ses financeurs, établi à "
            f"l'issue de notre atelier d'autodiagnostic du {when} : notre demande, nos "
            "chiffres comparés à l'année précédente, les risques que nous voyons et notre "
            "autodiagnostic en une page.",
            f"Please find attached the brief of {dynamic} for its funders, written after our "
            f"self-assessment workshop of {when}: our request, our figures beside last "
            "year's, the risks we see, and our self-assessment on one page.",
        ),
    ]
    if amount:
        ask = pick(lang, "Notre demande : ", "Our request: ") + euros(amount, lang)
        ask += pick(lang, f" sur la période {period}", f" for {period}") if period else ""
        aim = purpose[:1].lower() + purpose[1:]
        ask += pick(lang, f", pour {aim}", f", to {aim}") if purpose else ""
        lines += ["", ask.rstrip(".") + "."]
    lines += [
        "",
        pick(
            lang,
            "Nous serions heureux d'en échanger avec vous.",
            "We would be glad to discuss it with you.",
        ),
        "",
        pick(lang, f"L'équipe de {dynamic}", f"The {dynamic} team"),
    ]
    text = "\n".join(lines) + "\n"
    return typeset(text, "fr").replace(NNBSP, NBSP) if lang == "fr" else text
