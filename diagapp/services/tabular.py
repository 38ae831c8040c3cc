"""Spreadsheet exports of a whole database: an Excel workbook and one tidy CSV table.

pandas is imported inside the functions (start-up stays fast). Headers are French; dates
are dates, levels integers, amounts numbers. Private notes never leave the app.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from diagapp.domain import funding, scoring
from diagapp.domain.model import STATUS_DONE, Assessment
from diagapp.domain.questionnaire import Questionnaire
from diagapp.services import (
    assessments,
    catalog,
    files,
    objectives_exchange,
    tabular_finances,
    tabular_plan,
)
from diagapp.services.cells import cell_text
from diagapp.services.compare import read_decisions, recommendation_titles
from diagapp.services.files import WriteError, explain_os_error, write_atomic
from diagapp.storage.database import Database

if TYPE_CHECKING:
    import pandas as pd

Progress = Callable[[int, int], bool]

CONSENSUS = "Consensus"
KIND = "Type de réponse"  # « Participant » or « Consensus »: a participant may be called Consensus
KIND_PARTICIPANT = "Participant"
VOLUNTEERING = "Bénévolat valorisé"
NOT_APPLICABLE = "Non concerné"
DECISIONS = {"accepted": "Retenue", "set_aside": "Écartée", "open": "À discuter"}
SHEETS = (
    "Évaluations",
    "Participants",
    "Réponses",
    "Consensus",
    "Financement",
    "Recommandations",
    *tabular_finances.SHEETS,
    objectives_exchange.SHEET,
    tabular_plan.SHEET,
)
CSV_COLUMNS = (
    "Dynamique",
    "Date de l'évaluation",
    "Version du questionnaire",
    "Élément",
    "Intitulé de l'élément",
    "Dimension",
    KIND,
    "Participant",
    "Collège",
    "Valeur",
    "Libellé du niveau",
)


@dataclass(frozen=True)
class _Loaded:
    assessment: Assessment
    questionnaire: Questionnaire


def _each_assessment(db: Database, progress: Progress | None = None) -> Iterator[_Loaded]:
    ids = [a.id for d in assessments.list_dynamics(db) for a in d.assessments]
    for index, assessment_id in enumerate(ids):
        if progress is not None and not progress(index, len(ids)):
            return
        # A v1 year's twin questions read as the one v2 asks (mappings « merged »).
        a = catalog.asked_once(assessments.load_assessment(db, assessment_id))
        yield _Loaded(a, catalog.questionnaire(a.questionnaire_version))


def _level_label(q: Questionnaire, item_id: str, value: int | None, na: bool) -> str:
    if na:
        return NOT_APPLICABLE
    if value is None or not q.has_item(item_id):
        return ""
    return q.item(item_id).level(value).text.fr


def _dimension(q: Questionnaire, item_id: str) -> str:
    if not q.has_item(item_id):
        return item_id.split(".", 1)[0]
    return q.dimension(q.item(item_id).section_id).title.fr


def _answer_rows(loaded: _Loaded) -> Iterator[dict[str, Any]]:
    """Every answer, participants and consensus, in long format."""
    a, q = loaded.assessment, loaded.questionnaire
    people = {p.id: p for p in a.participants}
    order = {item.id: index for index, item in enumerate(q.items)}
    ranked = sorted(
        a.answers,
        key=lambda x: (x.participant_id is None, x.participant_id or 0, order.get(x.item_id, 999)),
    )
    for answer in ranked:
        person = people.get(answer.participant_id) if answer.participant_id else None
        yield {
            "Dynamique": a.dynamic_name,
            "Évaluation": a.label,
            "Date de l'évaluation": a.date,
            "Version du questionnaire": a.questionnaire_version,
            "Dimension": _dimension(q, answer.item_id),
            "Élément": answer.item_id,
            "Intitulé de l'élément": q.item(answer.item_id).label.fr
            if q.has_item(answer.item_id)
            else "",
            KIND: KIND_PARTICIPANT if person else CONSENSUS,
            "Participant": person.name if person else CONSENSUS,
            "Collège": person.college if person else "",
            "Valeur": None if answer.not_applicable else answer.value,
            "Libellé du niveau": _level_label(
                q, answer.item_id, answer.value, answer.not_applicable
            ),
            "Non concerné": answer.not_applicable,
            "Preuves": answer.evidence,
            "Justification": answer.justification if person is None else "",
            "À revoir": answer.to_review,
        }


def _legal_status(q: Questionnaire, key: str) -> str:
    """The French name of a legal status (« Association loi 1901 », not association_1901)."""
    if key and q.has_field("governance.legal_statuses"):
        option = q.field("governance.legal_statuses").option(key)
        if option is not None:
            return option.text.fr
    return key


def _funding_rows(head: dict[str, Any], loaded: _Loaded) -> Iterator[dict[str, Any]]:
    """A row per structure and resource; the volunteering hours on one row of their own, so
    that a sum over the sheet counts them once (they were repeated on all nine rows)."""
    q = loaded.questionnaire
    spec = q.funding
    for s in loaded.assessment.structures:
        start = {**head, "Structure": s.name, "Statut juridique": _legal_status(q, s.legal_status)}
        for resource in spec.resources:
            cell = s.cell(resource.key)
            yield {
                **start,
                "Ressource": resource.label.fr,
                "Clé": resource.key,
                "Intensité (0 à 3)": cell.intensity,
                "Intensité": spec.intensity[cell.intensity].fr,
                "Montant annuel (€)": cell.amount_eur,
                "Heures de bénévolat": None,
                "Multiple du SMIC": None,
                "Valeur du bénévolat (€)": None,
            }
        if s.volunteer_hours is not None:
            yield {
                **start,
                "Ressource": VOLUNTEERING,
                "Clé": "volunteering",
                "Intensité (0 à 3)": None,
                "Intensité": "",
                "Montant annuel (€)": None,
                "Heures de bénévolat": s.volunteer_hours,
                "Multiple du SMIC": s.volunteer_smic_multiple,
                "Valeur du bénévolat (€)": funding.volunteering_value(
                    s, spec.law.smic_at(loaded.assessment.date).eur
                ),
            }


def _frames(db: Database, progress: Progress | None = None) -> dict[str, pd.DataFrame]:
    import pandas as pd

    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in SHEETS}
    titles = recommendation_titles()
    for loaded in _each_assessment(db, progress):
        a, q = loaded.assessment, loaded.questionnaire
        head = {"Dynamique": a.dynamic_name, "Évaluation": a.label, "Date de l'évaluation": a.date}
        consensus = scoring.consensus_scores(a, q)
        settled = sum(1 for i in q.items if (c := a.consensus(i.id)) is not None and c.answered)
        rows["Évaluations"].append(
            {
                "Dynamique": a.dynamic_name,
                "N° d'évaluation": a.id,
                "Évaluation": a.label,
                "Date de l'évaluation": a.date,
                "Version du questionnaire": a.questionnaire_version,
                "Statut": "Terminée" if a.status == STATUS_DONE else "En cours",
                "Participants": len(a.participants),
                "Éléments avec consensus": settled,
                "Complétude": settled / len(q.items) if q.items else 0.0,
                "Score global (0 à 3)": scoring.overall(consensus),
                **{f"{d.number}. {d.title.fr}": consensus[d.id].mean for d in q.dimensions},
            }
        )
        for p in a.participants:
            done, total = scoring.participant_progress(a, q, p.id)
            rows["Participants"].append(
                {
                    **head,
                    "N° de participant": p.id,
                    "Nom": p.name,
                    "Pseudonyme": p.pseudonym,
                    "Collège": p.college,
                    "Éléments répondus": done,
                    "Éléments du questionnaire": total,
                }
            )
        rows["Réponses"].extend(_answer_rows(loaded))
        results = scoring.item_results(a, q)
        for item in q.items:
            r = results[item.id]
            c = a.consensus(item.id)
            rows["Consensus"].append(
                {
                    **head,
                    "Version du questionnaire": a.questionnaire_version,
                    "Dimension": _dimension(q, item.id),
                    "Élément": item.id,
                    "Intitulé de l'élément": item.label.fr,
                    "Niveau de consensus": r.consensus,
                    "Libellé du niveau": _level_label(
                        q, item.id, r.consensus, r.consensus_not_applicable
                    ),
                    "Moyenne des participants": r.mean,
                    "Écart (max - min)": r.spread,
                    "Écart-type": r.stdev,
                    "Répondants": len(r.values) + r.not_applicable_count,
                    "Désaccord fort": r.strong_disagreement,
                    "Preuves": c.evidence if c else "",
                    "Justification": c.justification if c else "",
                }
            )
        rows["Financement"].extend(_funding_rows(head, loaded))
        for sheet, found in tabular_finances.rows(head, a).items():
            rows[sheet].extend(found)
        rows[objectives_exchange.SHEET] += objectives_exchange.sheet_rows(head, a.objectives, q)
        for rec_id, d in sorted(read_decisions(db, assessment_id=a.id).items()):
            title = titles.get(rec_id)
            rows["Recommandations"].append(
                {
                    **head,
                    "Recommandation": rec_id,
                    "Intitulé": title.fr if title else "",
                    "Décision": DECISIONS.get(d.decision, d.decision),
                    "Note": d.note,
                }
            )
        rows[tabular_plan.SHEET].extend(tabular_plan.sheet_rows(db, head, a, q))
    frames = {
        name: pd.DataFrame(rows[name]) if rows[name] else pd.DataFrame(columns=_EMPTY[name])
        for name in SHEETS
    }
    return {name: _typed(frame) for name, frame in frames.items()}


_HEAD = ["Dynamique", "Évaluation", "Date de l'évaluation"]
# Headers of a sheet with no rows yet (a new database, no decision taken…).
_EMPTY = {
    "Évaluations": ["Dynamique", "N° d'évaluation", "Évaluation", "Date de l'évaluation"],
    "Participants": [*_HEAD, "N° de participant", "Nom", "Pseudonyme", "Collège"],
    "Réponses": [*_HEAD, "Élément", KIND, "Participant", "Collège", "Valeur", "Libellé du niveau"],
    "Consensus": [*_HEAD, "Élément", "Niveau de consensus", "Libellé du niveau"],
    "Financement": [*_HEAD, "Structure", "Ressource", "Intensité (0 à 3)", "Montant annuel (€)"],
    "Recommandations": [*_HEAD, "Recommandation", "Intitulé", "Décision", "Note"],
    **tabular_finances.EMPTY,
    objectives_exchange.SHEET: [*_HEAD, *objectives_exchange.COLUMNS],
    tabular_plan.SHEET: [*_HEAD, *tabular_plan.HEADERS],
}


_INTEGERS = (
    "Valeur",
    "Niveau de consensus",
    "Écart (max - min)",
    "Intensité (0 à 3)",
    "Version du questionnaire",
    "Multiple du SMIC",
    "Année de départ",
)


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Levels as nullable integers, dates as dates (not text)."""
    import pandas as pd

    for column in frame.columns:
        if column in _INTEGERS:
            frame[column] = pd.array(frame[column].tolist(), dtype="Int64")
        elif column == "Date de l'évaluation":
            frame[column] = pd.to_datetime(frame[column])
    return frame


def tables(db: Database) -> dict[str, pd.DataFrame]:
    """The workbook's sheets as data frames (sheet name -> frame)."""
    return _frames(db)


# --- writing ------------------------------------------------------------------------------

_FORMATS = {
    "Date de l'évaluation": "DD/MM/YYYY",
    "Échéance": "DD/MM/YYYY",
    "Complétude": "0%",
    "Montant annuel (€)": '#,##0 "€"',
    "Moyenne des participants": "0.00",
    "Écart-type": "0.00",
    "Score global (0 à 3)": "0.00",
    "Heures de bénévolat": "#,##0",
    "Valeur du bénévolat (€)": '#,##0 "€"',
    **{column: '#,##0 "€"' for column in tabular_finances.EURO_COLUMNS},
    "Budget (€)": '#,##0 "€"',
}
MAX_WIDTH = 60


def _number_format(column: str) -> str | None:
    if column in _FORMATS:
        return _FORMATS[column]
    return "0.00" if column[:1].isdigit() else None  # the dimension scores


def _plain(value: Any) -> Any:
    """A cell value openpyxl writes as it is: no NaN/NA, no numpy or pandas scalars."""
    import pandas as pd

    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and value != value:  # NaN
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if hasattr(value, "item"):  # numpy scalar
        return value.item()
    return value


def _write_sheet(book: Any, name: str, frame: pd.DataFrame) -> None:
    """One sheet, written row by row (XlsxWriter's constant-memory mode: about twice as fast
    as openpyxl's write-only mode at 640 000 cells, and memory stays flat; see benchmarks/)."""
    sheet = book.add_worksheet(name)
    columns = [str(c) for c in frame.columns]
    sheet.freeze_panes(1, 0)
    for index, column in enumerate(columns):
        sample = [str(v) for v in frame[column].head(200).tolist() if v is not None]
        width = max([len(column), *(len(v) for v in sample)], default=8)
        if column == "Date de l'évaluation":
            width = 10
        sheet.set_column(index, index, min(max(width + 2, 8), MAX_WIDTH))
    if len(frame) and columns:
        sheet.autofilter(0, 0, len(frame), len(columns) - 1)
    header = book.add_format({"bold": True, "text_wrap": True, "valign": "top"})
    for index, column in enumerate(columns):
        sheet.write_string(0, index, cell_text(column), header)
    formats = [_number_format(c) for c in columns]
    cell_formats = [book.add_format({"num_format": f}) if f else None for f in formats]
    write_string = sheet.write_string
    for row, values in enumerate(frame.itertuples(index=False, name=None), start=1):
        for col, value in enumerate(values):
            if type(value) is str:  # most cells: the short way
                write_string(row, col, cell_text(value))
            else:
                _write_cell(sheet, row, col, _plain(value), cell_formats[col])


def _write_cell(sheet: Any, row: int, col: int, value: Any, number_format: Any) -> None:
    """Each value with its own type: text stays text (never a formula or a link)."""
    if value is None:
        return
    if isinstance(value, bool):
        sheet.write_boolean(row, col, value)
    elif isinstance(value, (int, float)):
        sheet.write_number(row, col, value, number_format)
    elif isinstance(value, (dt.datetime, dt.date)):
        sheet.write_datetime(row, col, value, number_format)
    else:
        sheet.write_string(row, col, cell_text(str(value)))


def export_xlsx(db: Database, path: Path, progress: Progress | None = None) -> Path:
    """Write the workbook (sheets: SHEETS) to `path`, atomically."""
    import xlsxwriter

    frames = _frames(db, progress)
    path = Path(path)
    try:
        # Beside the target: a full or read-only folder is told about the folder chosen.
        scratch = tempfile.TemporaryDirectory(
            prefix=files.temporary_prefix(files.XLSX_SCRATCH), dir=path.parent
        )
    except OSError as exc:
        raise WriteError(explain_os_error(path, exc)) from None
    with scratch as folder:
        draft = Path(folder) / "export.xlsx"
        book = xlsxwriter.Workbook(
            str(draft),
            {
                "constant_memory": True,
                "tmpdir": folder,
                "nan_inf_to_errors": True,
                "remove_timezone": True,
            },
        )
        try:
            book.set_properties({"title": "Export diagapp", "author": "diagapp"})
            for name, frame in frames.items():
                _write_sheet(book, name, frame)
            book.close()
            data = draft.read_bytes()
        except OSError as exc:  # the disk filled up meanwhile
            _release(book)
            raise WriteError(explain_os_error(path, exc)) from None
    return write_atomic(path, data)


def _release(book: Any) -> None:
    """After a failed write, close the sheets' row files (constant-memory mode) at once: an
    unfinished workbook keeps them open until the garbage collector runs."""
    for sheet in book.worksheets():
        close = getattr(sheet, "_opt_close", None)
        if callable(close):
            with contextlib.suppress(Exception):
                close()


def answers_table(db: Database) -> pd.DataFrame:
    """The tidy long table of every answer (CSV_COLUMNS)."""
    import pandas as pd

    rows: list[dict[str, Any]] = []
    for loaded in _each_assessment(db):
        rows += _answer_rows(loaded)
        rows += tabular_plan.csv_rows(db, loaded.assessment, loaded.questionnaire)
    frame = pd.DataFrame(rows, columns=[*CSV_COLUMNS, "Non concerné"])
    frame["Valeur"] = pd.array(frame["Valeur"].tolist(), dtype="Int64")
    return frame[list(CSV_COLUMNS)]


def export_csv(db: Database, path: Path) -> Path:
    """One long table, UTF-8 with BOM and « ; » so French Excel opens it as it is."""
    return _write_csv(answers_table(db), path)


def export_objectives_csv(db: Database, path: Path) -> Path:
    """The team's objectives of every assessment, one a row, as the workbook's sheet."""
    frame = _frames(db)[objectives_exchange.SHEET]
    frame["Date de l'évaluation"] = [d.date() for d in frame["Date de l'évaluation"]]
    return _write_csv(frame, path, decimal=",")


def _write_csv(frame: pd.DataFrame, path: Path, decimal: str = ".") -> Path:
    import pandas as pd

    frame["Date de l'évaluation"] = [d.isoformat() for d in frame["Date de l'évaluation"]]

    for column in frame.columns:
        if frame[column].dtype == object or pd.api.types.is_string_dtype(frame[column]):
            frame[column] = [cell_text(v) if isinstance(v, str) else v for v in frame[column]]
    text = frame.to_csv(sep=";", index=False, lineterminator="\r\n", decimal=decimal)
    return write_atomic(Path(path), text.encode("utf-8-sig"))
