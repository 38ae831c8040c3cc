"""Participant forms: an .xlsx an absent member fills offline, imported back as their answers.

The workbook has a « Mode d'emploi » sheet, a « Questionnaire » sheet (one row per item, the
four level descriptions, a drop-down for the level, a column for evidence) and a very hidden
« diagapp » sheet with the assessment's and the participant's uids, the questionnaire version
and a checksum over them and the item ids. Importing (forms_import.py) checks all of it
before touching the database.
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from diagapp.domain.errors import DiagappError
from diagapp.domain.questionnaire import Questionnaire
from diagapp.services import assessments, catalog
from diagapp.services.cells import cell_text
from diagapp.services.clock import now
from diagapp.services.files import write_atomic
from diagapp.storage.database import Database
from diagapp.storage.schema import AssessmentRow, ParticipantRow

FORM_FORMAT = "diagapp-form"
FORM_VERSION = 1
SHEET_GUIDE = "Mode d'emploi"
SHEET_ITEMS = "Questionnaire"
SHEET_META = "diagapp"
NOT_APPLICABLE = "Non concerné"
FIRST_ROW = 2  # items start below the header row
CHECKED_KEYS = (
    "format_version",
    "assessment_uid",
    "questionnaire_version",
    "participant_uid",
    "items",
)

# Columns of the « Questionnaire » sheet (1-based).
COL_ID, COL_DIMENSION, COL_QUESTION, COL_HELP = 1, 2, 3, 4
COL_LEVELS = (5, 6, 7, 8)  # the descriptions of levels 0..3
COL_ANSWER, COL_EVIDENCE = 9, 10
HEADERS = (
    "Réf.",
    "Dimension",
    "Question",
    "Pour vous aider",
    "Niveau 0",
    "Niveau 1",
    "Niveau 2",
    "Niveau 3",
    "Votre niveau",
    "Vos preuves, exemples ou commentaires",
)


class FormError(DiagappError):
    """A form that cannot be exported or imported (the message says why)."""


@dataclass(frozen=True)
class FormTarget:
    """Who and what a form is for."""

    assessment_id: int
    assessment_uid: str
    assessment_label: str
    assessment_date: str
    dynamic_name: str
    questionnaire_version: int
    participant_id: int
    participant_uid: str
    participant_name: str
    college: str


def checksum(meta: dict[str, Any]) -> str:
    """Detects hand edits of the hidden metadata (a guard against slips, not a secret)."""
    payload = [FORM_FORMAT, *(meta.get(key) for key in CHECKED_KEYS)]
    # default=str: a cell retyped by hand (a date, say) gives a mismatch, not a crash
    text = json.dumps(payload, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def choice_labels(questionnaire: Questionnaire, not_applicable: bool) -> list[str]:
    """The drop-down's entries: « 0 — Absent » … « 3 — Affirmé » (+ « Non concerné »)."""
    labels = [f"{v} — {t.fr}" for v, t in enumerate(questionnaire.maturity_labels)]
    return [*labels, NOT_APPLICABLE] if not_applicable else labels


def find_target(db: Database, *, assessment_id: int, participant: str | int) -> FormTarget:
    """The participant by id or by name (case and surrounding spaces ignored)."""
    with db.reading() as s:
        row = assessments._assessment_row(s, assessment_id)
        people = s.scalars(
            select(ParticipantRow)
            .where(ParticipantRow.assessment_id == assessment_id)
            .order_by(ParticipantRow.position, ParticipantRow.id)
        ).all()
        wanted = str(participant).strip()
        found = [p for p in people if str(p.id) == wanted] or [
            p for p in people if p.name.casefold() == wanted.casefold()
        ]
        if len(found) != 1:
            names = ", ".join(f"{p.name} (n° {p.id})" for p in people) or "aucun"
            what = "plusieurs participants s'appellent" if found else "aucun participant"
            raise FormError(
                f"Dans « {row.label} », {what} « {wanted} ». Participants : {names}. "
                "Ajoutez d'abord le membre absent comme participant, ou donnez son numéro."
            )
        return form_target(row, found[0])


def form_target(row: AssessmentRow, person: ParticipantRow) -> FormTarget:
    """The form's target from its stored rows, inside their session (it reads the dynamic)."""
    return FormTarget(
        assessment_id=row.id,
        assessment_uid=row.uid,
        assessment_label=row.label,
        assessment_date=row.date,
        dynamic_name=row.dynamic.name,
        questionnaire_version=row.questionnaire_version,
        participant_id=person.id,
        participant_uid=person.uid,
        participant_name=person.name,
        college=person.college,
    )


def _safe(value: Any) -> Any:
    """Every text cell of the form goes through the one spreadsheet rule (services.cells)."""
    return cell_text(value) if isinstance(value, str) else value


def _french_date(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}"


def _guide(sheet: Any, target: FormTarget, q: Questionnaire) -> None:
    from openpyxl.styles import Alignment, Font

    scale = [f"  {v} — {t.fr}" for v, t in enumerate(q.maturity_labels)]
    lines = [
        ("Formulaire d'autodiagnostic — participant absent", Font(bold=True, size=14)),
        ("", None),
        (f"Dynamique : {target.dynamic_name}", Font(bold=True)),
        (
            f"Évaluation : {target.assessment_label} "
            f"(atelier du {_french_date(target.assessment_date)})",
            None,
        ),
        (f"Participant : {target.participant_name}", Font(bold=True)),
        (f"Collège : {target.college or '—'}", None),
        (f"Questionnaire : version {q.version} ({len(q.items)} éléments)", None),
        ("", None),
        ("Comment remplir ce formulaire", Font(bold=True, size=12)),
        (
            f"1. Ouvrez la feuille « {SHEET_ITEMS} ». Chaque ligne est un élément de l'une des "
            "cinq dimensions du diagnostic.",
            None,
        ),
        (
            "2. Lisez la question et les quatre niveaux décrits pour cet élément, puis choisissez "
            "dans la colonne « Votre niveau » celui qui décrit le mieux la situation aujourd'hui "
            "(liste déroulante).",
            None,
        ),
        (
            "3. Quand « Non concerné » est proposé, choisissez-le si l'élément ne s'applique pas "
            "à votre dynamique. Laissez la case vide si vous ne savez pas.",
            None,
        ),
        (
            "4. Dans la dernière colonne, notez ce qui justifie votre choix : un fait, un "
            "exemple, un document. Ces preuves nourriront le débat de l'équipe.",
            None,
        ),
        (
            "5. Enregistrez le fichier au format Excel (.xlsx) sans renommer ni supprimer de "
            "feuille, de ligne ou de colonne, puis renvoyez-le à la personne qui anime "
            "l'autodiagnostic.",
            None,
        ),
        ("", None),
        ("L'échelle", Font(bold=True, size=12)),
        *[(line, None) for line in scale],
        ("", None),
        (
            "Vos réponses sont importées comme les vôtres dans l'évaluation ; l'équipe fixe "
            "ensuite en atelier le niveau de consensus. Rien n'est envoyé par Internet.",
            Font(italic=True),
        ),
        (f"Source : {q.report.fr}.", Font(italic=True, size=9)),
    ]
    sheet.column_dimensions["A"].width = 110
    for index, (text, font) in enumerate(lines, start=1):
        cell = sheet.cell(row=index, column=1, value=_safe(text))
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if font is not None:
            cell.font = font


def _items(sheet: Any, q: Questionnaire) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    grey = Font(color="777777", size=9)
    answer_fill = PatternFill("solid", fgColor="FFF5CC")
    wrap = Alignment(wrap_text=True, vertical="top")
    for col, header in enumerate(HEADERS, start=1):
        cell = sheet.cell(row=1, column=col, value=_safe(header))
        cell.font = Font(bold=True)
        cell.alignment = wrap
    for value, col in zip(range(4), COL_LEVELS, strict=True):
        sheet.cell(
            row=1, column=col, value=_safe(f"Niveau {value} — {q.maturity_labels[value].fr}")
        )
    validations = {}
    for na in (False, True):
        entries = choice_labels(q, na)
        dv = DataValidation(
            type="list",
            formula1='"' + ",".join(entries) + '"',
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Niveau",
            error="Choisissez un niveau dans la liste (0 à 3"
            + (" ou « Non concerné »)." if na else ")."),
            promptTitle="Votre niveau",
            prompt="Choisissez le niveau qui décrit le mieux la situation aujourd'hui.",
        )
        dv.showInputMessage = True
        sheet.add_data_validation(dv)
        validations[na] = dv
    for offset, item in enumerate(q.items):
        row = FIRST_ROW + offset
        dimension = q.dimension(item.section_id)
        values: list[Any] = [
            item.id,
            f"{dimension.number}. {dimension.title.fr}",
            item.label.fr,
            item.help.fr,
            *(level.text.fr for level in item.levels),
            None,
            None,
        ]
        for col, value in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=col, value=_safe(value))
            cell.alignment = wrap
        sheet.cell(row=row, column=COL_ID).font = grey
        for col in (COL_ANSWER, COL_EVIDENCE):
            cell = sheet.cell(row=row, column=col)
            cell.protection = Protection(locked=False)
            cell.fill = answer_fill
        validations[item.not_applicable].add(sheet.cell(row=row, column=COL_ANSWER))
    widths = (14, 16, 48, 40, 30, 30, 30, 30, 18, 45)
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[sheet.cell(row=1, column=col).column_letter].width = width
    sheet.freeze_panes = sheet.cell(row=FIRST_ROW, column=COL_QUESTION + 1)
    # Locked cells keep the questions intact; no password: this guards against slips only.
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False


def _meta(sheet: Any, target: FormTarget, q: Questionnaire) -> None:
    meta: dict[str, Any] = {
        "format": FORM_FORMAT,
        "format_version": FORM_VERSION,
        "assessment_uid": target.assessment_uid,
        "assessment_label": target.assessment_label,
        "assessment_date": target.assessment_date,
        "questionnaire_version": q.version,
        "participant_uid": target.participant_uid,
        "participant_name": target.participant_name,
        "exported_at": now(),
        "items": len(q.items),
    }
    meta = {key: _safe(value) for key, value in meta.items()}
    meta["checksum"] = checksum(meta)
    for row, (key, value) in enumerate(meta.items(), start=1):
        sheet.cell(row=row, column=1, value=key)
        sheet.cell(row=row, column=2, value=value)  # already _safe
    sheet.sheet_state = "veryHidden"
    sheet.protection.sheet = True


def build_form(target: FormTarget, questionnaire: Questionnaire) -> bytes:
    """The form as .xlsx bytes."""
    from openpyxl import Workbook

    book = Workbook()
    guide = book.active
    guide.title = SHEET_GUIDE
    _guide(guide, target, questionnaire)
    _items(book.create_sheet(SHEET_ITEMS), questionnaire)
    _meta(book.create_sheet(SHEET_META), target, questionnaire)
    book.properties.title = _safe(f"Autodiagnostic — {target.participant_name}")
    book.properties.creator = "diagapp"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def export_form(
    db: Database, *, assessment_id: int, participant: str | int, path: Path
) -> FormTarget:
    """Write the participant's form to `path` (atomically); return who it is for."""
    target = find_target(db, assessment_id=assessment_id, participant=participant)
    data = build_form(target, catalog.questionnaire(target.questionnaire_version))
    write_atomic(Path(path), data)
    return target
