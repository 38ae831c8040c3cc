"""The email draft's words for the funder edition: the file name, the subject and a short
cover note that says what is asked. The draft itself is `email_draft.build_draft`'s."""

from __future__ import annotations

import datetime as dt

from diagapp.report.email_draft import slug
from diagapp.report.typography import NBSP, NNBSP, euros, long_date, typeset


def pdf_filename(dynamic: str, year: int, lang: str = "fr") -> str:
    word = "funder-brief" if lang == "en" else "dossier-financeurs"
    return f"{word}-{slug(dynamic)}-{year}.pdf"


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
    if lang == "en":
        lines = [
            "Hello,",
            "",
            f"Please find attached the brief of {dynamic} for its funders, written after our "
            f"self-assessment workshop of {long_date(day, 'en')}: our request, our figures "
            "beside last year's, the risks we see, and our self-assessment on one page.",
        ]
        if amount:
            ask = f"Our request: {euros(amount, 'en')}"
            ask += f" for {period}" if period else ""
            ask += f", to {purpose[:1].lower()}{purpose[1:]}" if purpose else ""
            lines += ["", ask.rstrip(".") + "."]
        lines += ["", "We would be glad to discuss it with you.", "", f"The {dynamic} team"]
        return "\n".join(lines) + "\n"
    lines = [
        "Bonjour,",
        "",
        f"Vous trouverez ci-joint le dossier de {dynamic} pour ses financeurs, établi à "
        f"l'issue de notre atelier d'autodiagnostic du {long_date(day, 'fr')} : notre "
        "demande, nos chiffres comparés à l'année précédente, les risques que nous voyons et "
        "notre autodiagnostic en une page.",
    ]
    if amount:
        ask = f"Notre demande : {euros(amount, 'fr')}"
        ask += f" sur la période {period}" if period else ""
        ask += f", pour {purpose[:1].lower()}{purpose[1:]}" if purpose else ""
        lines += ["", ask.rstrip(".") + "."]
    lines += ["", "Nous serions heureux d'en échanger avec vous.", "", f"L'équipe de {dynamic}"]
    return typeset("\n".join(lines) + "\n", "fr").replace(NNBSP, NBSP)
