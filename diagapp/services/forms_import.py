"""Import a filled participant form (see forms.py) as that participant's answers.

Everything that makes the form as a whole unusable (not a form, missing sheet, moved
columns, hand-edited metadata, another assessment, another questionnaire version, a
participant since removed) refuses it before the database is touched. Then each row is
validated on its own: good rows are imported in one transaction, bad ones reported with
the reason. An answer already equal to the form's is left as it is, so importing the same
form twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from diagapp.domain.questionnaire import MATURITY_VALUES, Questionnaire
from diagapp.services import catalog
from diagapp.services.assessments import touch
from diagapp.services.clock import now
from diagapp.services.files import ReadRefused, check_zip_directory, read_limited
from diagapp.services.forms import (
    COL_ANSWER,
    COL_EVIDENCE,
    COL_ID,
    FIRST_ROW,
    FORM_FORMAT,
    FORM_VERSION,
    HEADERS,
    SHEET_ITEMS,
    SHEET_META,
    FormError,
    FormTarget,
    checksum,
    form_target,
)
from diagapp.services.limits import TextRefused, check_long_text
from diagapp.storage.database import Database
from diagapp.storage.schema import AnswerRow, AssessmentRow, ParticipantRow

MAX_FORM_BYTES = 20 * 1024 * 1024
# A filled form unpacks to ~0.1 MB (50 items; 1 MB with 20,000-character evidence everywhere)
MAX_FORM_UNPACKED = 40 * 1024 * 1024
MAX_FORM_RATIO = 100  # xlsx XML packs 4-10 times; a zip bomb thousands of times
IMPORTED, UNCHANGED, REFUSED, EMPTY = "imported", "unchanged", "refused", "empty"
_NA_WORDS = {"non concerné", "non concerne", "nc", "n/a", "na", "not applicable"}
_LEADING_NUMBER = re.compile(r"^\s*(-?\d+(?:[.,]\d+)?)\s*(?:[—–:-].*)?$")


@dataclass(frozen=True)
class RowOutcome:
    row: int  # the spreadsheet row
    item_id: str
    status: str  # IMPORTED | UNCHANGED | REFUSED | EMPTY
    value: int | None = None
    not_applicable: bool = False
    evidence: str = ""
    reason: str = ""


@dataclass(frozen=True)
class FormImportReport:
    target: FormTarget
    rows: tuple[RowOutcome, ...]
    missing: tuple[str, ...]  # items of the questionnaire with no row in the form

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def changed(self) -> bool:
        return self.count(IMPORTED) > 0

    def summary(self) -> str:
        t = self.target
        return (
            f"Formulaire rempli par {t.participant_name} (« {t.assessment_label} ») : "
            f"{self.count(IMPORTED)} réponse(s) importée(s), {self.count(UNCHANGED)} déjà à jour, "
            f"{self.count(REFUSED)} refusée(s), {self.count(EMPTY)} laissée(s) vide(s)."
        )

    def details(self) -> list[str]:
        """One line per refused row and per item missing from the form."""
        lines = [
            f"Ligne {r.row} ({r.item_id or 'sans référence'}) : {r.reason}"
            for r in self.rows
            if r.status == REFUSED
        ]
        lines += [f"{item_id} : absent du formulaire, non importé." for item_id in self.missing]
        return lines


# --- reading ------------------------------------------------------------------------------


def _open(path: Path) -> Any:
    from openpyxl import load_workbook

    name = Path(path).name
    try:
        data = read_limited(Path(path), MAX_FORM_BYTES)
        check_zip_directory(data, max_total=MAX_FORM_UNPACKED, max_ratio=MAX_FORM_RATIO)
    except ReadRefused as exc:
        raise FormError(f"Impossible de lire {name} : {exc}. Rien n'a été importé.") from None
    try:  # from bytes: a form renamed without its .xlsx extension still opens
        return load_workbook(io.BytesIO(data), data_only=True)
    except Exception:  # openpyxl raises many types on a damaged or foreign file
        raise FormError(
            f"{name} n'est pas un classeur Excel (.xlsx) lisible : rien n'a été importé."
        ) from None


def _metadata(book: Any, name: str) -> dict[str, Any]:
    if SHEET_META not in book.sheetnames:
        raise FormError(
            f"{name} n'est pas un formulaire diagapp (informations cachées absentes). "
            "Exportez le formulaire depuis diagapp."
        )
    if SHEET_ITEMS not in book.sheetnames:
        raise FormError(f"La feuille « {SHEET_ITEMS} » manque dans {name} : rien n'a été importé.")
    meta = {
        str(key): value
        for key, value in book[SHEET_META].iter_rows(min_col=1, max_col=2, values_only=True)
        if key is not None
    }
    if meta.get("format") != FORM_FORMAT:
        raise FormError(f"{name} n'est pas un formulaire diagapp.")
    if not isinstance(meta.get("format_version"), int) or meta["format_version"] > FORM_VERSION:
        raise FormError(
            f"{name} vient d'une version plus récente de diagapp : mettez diagapp à jour."
        )
    if meta.get("checksum") != checksum(meta):
        raise FormError(
            f"Les informations cachées de {name} ont été modifiées : ce formulaire ne peut "
            "pas être importé. Exportez-en un nouveau."
        )
    return meta


def _target(db: Database, meta: dict[str, Any], expected: int | None) -> FormTarget:
    with db.session() as s:
        row = s.scalar(select(AssessmentRow).where(AssessmentRow.uid == meta["assessment_uid"]))
        label = meta.get("assessment_label", "?")
        when = str(meta.get("assessment_date", ""))
        if row is None:
            raise FormError(
                f"Ce formulaire a été exporté pour l'évaluation « {label} » ({when}), qui "
                "n'existe pas dans cette base de données : rien n'a été importé."
            )
        if expected is not None and row.id != expected:
            current = s.get(AssessmentRow, expected)
            raise FormError(
                f"Ce formulaire concerne l'évaluation « {row.label} » ({row.date}), pas "
                f"« {current.label if current else expected} » : rien n'a été importé."
            )
        if meta.get("questionnaire_version") != row.questionnaire_version:
            raise FormError(
                f"Ce formulaire suit la version {meta.get('questionnaire_version')} du "
                f"questionnaire ; l'évaluation « {row.label} » utilise la version "
                f"{row.questionnaire_version}. Exportez un nouveau formulaire : rien n'a été "
                "importé."
            )
        person = s.scalar(
            select(ParticipantRow).where(ParticipantRow.uid == meta.get("participant_uid"))
        )
        if person is None or person.assessment_id != row.id:
            raise FormError(
                f"Le participant « {meta.get('participant_name', '?')} » de ce formulaire "
                f"n'existe plus dans « {row.label} » : rien n'a été importé."
            )
        return form_target(row, person)


def parse_level(raw: Any, allows_na: bool) -> tuple[int | None, bool]:
    """(level, not applicable) from a cell; ValueError with a French reason."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None, False
    if isinstance(raw, bool):
        raise ValueError("une valeur vrai/faux n'est pas un niveau")
    if isinstance(raw, (dt.date, dt.datetime, dt.time)):
        raise ValueError("une date n'est pas un niveau (la cellule a-t-elle été mise en forme ?)")
    if isinstance(raw, str):
        text = raw.strip()
        if text.casefold() in _NA_WORDS:
            if not allows_na:
                raise ValueError("« Non concerné » n'est pas proposé pour cet élément")
            return None, True
        match = _LEADING_NUMBER.match(text)
        if not match:
            raise ValueError(f"« {text[:40]} » n'est pas un niveau : choisissez-le dans la liste")
        raw = float(match.group(1).replace(",", "."))
    if not isinstance(raw, (int, float)) or not math.isfinite(raw):
        raise ValueError("valeur illisible")
    if raw != int(raw):
        raise ValueError(f"{raw:g} n'est pas un niveau entier (0, 1, 2 ou 3)".replace(".", ","))
    if int(raw) not in MATURITY_VALUES:
        raise ValueError(f"{int(raw)} n'est pas un niveau de l'échelle (0 à 3)")
    return int(raw), False


def _evidence(raw: Any) -> str:
    if raw is None:
        return ""
    if isinstance(raw, float) and raw == int(raw):
        raw = int(raw)
    text = str(raw).strip()
    try:
        return check_long_text(text, "le commentaire")
    except TextRefused as exc:
        raise ValueError(str(exc)) from None


def _read_rows(sheet: Any, q: Questionnaire, name: str) -> list[RowOutcome]:
    header = [sheet.cell(row=1, column=c).value for c in (COL_ID, COL_ANSWER, COL_EVIDENCE)]
    if header != [HEADERS[COL_ID - 1], HEADERS[COL_ANSWER - 1], HEADERS[COL_EVIDENCE - 1]]:
        raise FormError(
            f"Les colonnes de la feuille « {SHEET_ITEMS} » de {name} ont été déplacées ou "
            "renommées : rien n'a été importé."
        )
    outcomes: list[RowOutcome] = []
    seen: set[str] = set()
    for number, cells in enumerate(
        sheet.iter_rows(min_row=FIRST_ROW, max_col=COL_EVIDENCE, values_only=True),
        start=FIRST_ROW,
    ):
        raw_id, raw_level, raw_evidence = cells[COL_ID - 1], cells[COL_ANSWER - 1], cells[-1]
        item_id = str(raw_id).strip() if raw_id is not None else ""
        if not item_id:
            if raw_level is None and raw_evidence is None:
                continue  # a blank line
            outcomes.append(RowOutcome(number, "", REFUSED, reason="pas de référence d'élément"))
            continue
        if not q.has_item(item_id):
            reason = f"élément inconnu du questionnaire v{q.version}"
            outcomes.append(RowOutcome(number, item_id, REFUSED, reason=reason))
            continue
        if item_id in seen:
            outcomes.append(RowOutcome(number, item_id, REFUSED, reason="élément en double"))
            continue
        seen.add(item_id)
        try:
            value, na = parse_level(raw_level, q.item(item_id).not_applicable)
            evidence = _evidence(raw_evidence)
        except ValueError as exc:
            outcomes.append(RowOutcome(number, item_id, REFUSED, reason=str(exc)))
            continue
        status = EMPTY if value is None and not na and not evidence else IMPORTED
        outcomes.append(RowOutcome(number, item_id, status, value, na, evidence))
    return outcomes


# --- writing ------------------------------------------------------------------------------


def _same(row: AnswerRow, outcome: RowOutcome) -> bool:
    level_same = (outcome.value is None and not outcome.not_applicable) or (
        row.value == outcome.value and bool(row.not_applicable) == outcome.not_applicable
    )
    evidence_same = not outcome.evidence or row.evidence == outcome.evidence
    return level_same and evidence_same and not row.to_review


def import_form(db: Database, path: Path, *, assessment_id: int | None = None) -> FormImportReport:
    """Validate the whole form, then import its good rows in one transaction."""
    name = Path(path).name
    book = _open(path)
    meta = _metadata(book, name)
    target = _target(db, meta, assessment_id)
    questionnaire = catalog.questionnaire(target.questionnaire_version)
    outcomes = _read_rows(book[SHEET_ITEMS], questionnaire, name)
    present = {o.item_id for o in outcomes}
    missing = tuple(i.id for i in questionnaire.items if i.id not in present)
    wanted = {o.item_id: o for o in outcomes if o.status == IMPORTED}
    with db.reading() as s:
        existing = {
            r.item_id: r
            for r in s.scalars(
                select(AnswerRow).where(AnswerRow.participant_id == target.participant_id)
            )
        }
    unchanged = {i for i, o in wanted.items() if i in existing and _same(existing[i], o)}
    final = tuple(
        RowOutcome(o.row, o.item_id, UNCHANGED, o.value, o.not_applicable, o.evidence)
        if o.item_id in unchanged
        else o
        for o in outcomes
    )
    report = FormImportReport(target, final, missing)
    if not report.changed:
        return report
    db.backup("before-form-import")
    stamp = now()
    with db.session() as s:
        for o in final:
            if o.status != IMPORTED:
                continue
            row = s.scalar(
                select(AnswerRow).where(
                    AnswerRow.participant_id == target.participant_id,
                    AnswerRow.item_id == o.item_id,
                )
            )
            if row is None:
                row = AnswerRow(
                    assessment_id=target.assessment_id,
                    participant_id=target.participant_id,
                    item_id=o.item_id,
                    value=None,
                    not_applicable=False,
                    evidence="",
                    private_note="",
                    justification="",
                )
                s.add(row)
            if o.value is not None or o.not_applicable:
                row.value, row.not_applicable = o.value, o.not_applicable
            if o.evidence:
                row.evidence = o.evidence
            row.to_review = False
            row.updated_at = stamp
        touch(s, target.assessment_id)
    return report
