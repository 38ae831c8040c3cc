"""« Financeurs et comptes » under the funding matrix (issue 17): the funding lines (who funds
what, of which kind, how much a year, from when until when, for which structure) and each
structure's yearly accounts, typed in two tables from the keyboard and saved as typed. The
funder edition's figures and risks, and the reread, read them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diagapp.domain.funder_rows import (
    ACCOUNT_FIELDS,
    KINDS,
    OTHER,
    accounts_problem,
    duplicate_accounts,
    first_day,
    last_day,
    line_problem,
    month_text,
    parse_month,
)
from diagapp.domain.model import Accounts, Assessment, FundingLine
from diagapp.services import finances
from diagapp.ui.models.finance_rows_model import (
    CHOICE,
    EUROS,
    MONTH,
    NUMBER,
    SIGNED_EUROS,
    TEXT,
    YEAR,
    ChoiceDelegate,
    Column,
    FinanceRowsModel,
    Row,
)
from diagapp.ui.models.finance_rows_model import COUNT as COUNT_KIND
from diagapp.ui.widgets import readable

Save = Callable[..., bool]  # AssessmentPage.save(what, action, **kwargs)

LINE_COLUMNS = (
    Column("funder", TEXT),
    Column("purpose", TEXT),
    Column("kind", CHOICE),
    Column("amount", EUROS),
    Column("start", MONTH),
    Column("end", MONTH),
    Column("structure", CHOICE),
)
ACCOUNT_COLUMNS = (
    Column("structure", CHOICE),
    Column("year", YEAR),
    *(
        Column(k, SIGNED_EUROS if k in ("result", "equity", "cash") else EUROS)
        for k in ACCOUNT_FIELDS
        if k not in ("fte", "volunteers")
    ),
    Column("fte", NUMBER),
    Column("volunteers", COUNT_KIND),
)


def line_row(line: FundingLine) -> Row:
    return {
        "funder": line.funder,
        "purpose": line.purpose,
        "kind": line.kind,
        "amount": line.amount,
        "start": month_text(line.starts),
        "end": month_text(line.ends),
        "structure": line.structure,
    }


def _day(text: Any, last: bool) -> Any:
    found = parse_month(text) if isinstance(text, str) and text else None
    if found is None:
        return None
    return last_day(*found) if last else first_day(*found)


def row_line(row: Row) -> FundingLine:
    amount = row.get("amount")
    return FundingLine(
        funder=str(row.get("funder") or ""),
        purpose=str(row.get("purpose") or ""),
        amount=round(amount) if amount is not None else None,
        ends=_day(row.get("end"), last=True),
        kind=str(row.get("kind") or OTHER),
        starts=_day(row.get("start"), last=False),
        structure=str(row.get("structure") or ""),
    )


def accounts_row(entry: Accounts) -> Row:
    return {"structure": entry.structure, "year": entry.year} | {
        k: entry.value(k) for k in ACCOUNT_FIELDS
    }


def row_accounts(row: Row) -> Accounts:
    values = {k: row.get(k) for k in ACCOUNT_FIELDS}
    return Accounts(str(row.get("structure") or ""), values, int(row.get("year") or 0))


def _table(model: FinanceRowsModel, lines: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setItemDelegate(ChoiceDelegate(view))
    view.setTabKeyNavigation(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
        | QAbstractItemView.EditTrigger.SelectedClicked
    )
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # room for `lines` rows without scrolling (a row is about twice the font's height)
    view.setMinimumHeight(view.fontMetrics().height() * 2 * (lines + 1))
    return view


class FunderFinancesPanel(QGroupBox):
    def __init__(self, save: Save, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._assessment: Assessment | None = None
        self.lines_model = FinanceRowsModel(
            LINE_COLUMNS, self._save_lines, required="funder", growable=True, parent=self
        )
        self.accounts_model = FinanceRowsModel(ACCOUNT_COLUMNS, self._save_accounts, parent=self)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        self.lines_label = QLabel()
        self.lines_table = _table(self.lines_model, 9)
        self.lines_label.setBuddy(self.lines_table)
        self.add_line_button = QPushButton()
        self.add_line_button.clicked.connect(self.start_new_line)
        self.remove_line_button = QPushButton()
        self.remove_line_button.clicked.connect(self.remove_current_line)
        layout.addWidget(self.lines_label)
        layout.addWidget(self.lines_table)
        layout.addLayout(self._bar(self.add_line_button, self.remove_line_button))

        self.unread = QLabel()
        self.unread.setWordWrap(True)
        self.unread.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        readable.alert(self.unread)
        self.forget_button = QPushButton()
        self.forget_button.clicked.connect(self.forget_unread)
        layout.addWidget(self.unread)
        layout.addLayout(self._bar(self.forget_button))

        self.accounts_label = QLabel()
        self.accounts_table = _table(self.accounts_model, 4)
        self.accounts_label.setBuddy(self.accounts_table)
        self.add_accounts_button = QPushButton()
        self.add_accounts_button.clicked.connect(self.add_accounts)
        self.remove_accounts_button = QPushButton()
        self.remove_accounts_button.clicked.connect(self.remove_current_accounts)
        layout.addWidget(self.accounts_label)
        layout.addWidget(self.accounts_table)
        layout.addLayout(self._bar(self.add_accounts_button, self.remove_accounts_button))

        self.message = QLabel()
        self.message.setWordWrap(True)
        readable.alert(self.message)
        layout.addWidget(self.message)
        for model in (self.lines_model, self.accounts_model):
            model.message.connect(self.message.setText)
        self.retranslate()

    @staticmethod
    def _bar(*buttons: QPushButton) -> QHBoxLayout:
        bar = QHBoxLayout()
        for button in buttons:
            bar.addWidget(button)
        bar.addStretch(1)
        return bar

    def retranslate(self) -> None:
        self.setTitle(self.tr("Financeurs et comptes"))
        self.intro.setText(
            self.tr(
                "Pour l'édition destinée aux financeurs : chaque financement en cours (tapez "
                "dans la ligne marquée *, passez d'une case à l'autre avec Tab) et les comptes "
                "de chaque structure. Les prêts et apports en capital sont des financements, "
                "pas des recettes. Tout est enregistré aussitôt ; les financements qui ne sont "
                "pas terminés passent à l'évaluation de l'année suivante."
            )
        )
        self.lines_label.setText(self.tr("&Lignes de financement :"))
        self.add_line_button.setText(self.tr("Ajouter une li&gne"))
        self.remove_line_button.setText(self.tr("Supprimer la l&igne"))
        self.accounts_label.setText(self.tr("&Comptes par structure et par année :"))
        self.add_accounts_button.setText(self.tr("Ajouter des c&omptes"))
        self.remove_accounts_button.setText(self.tr("Supprimer ces comp&tes"))
        self.forget_button.setText(self.tr("Ces lignes sont reprises : &effacer l'ancien texte"))
        self.lines_model.set_headers(
            [
                self.tr("Financeur"),
                self.tr("Objet"),
                self.tr("Nature"),
                self.tr("Montant annuel (€)"),
                self.tr("Début (AAAA-MM)"),
                self.tr("Fin (AAAA-MM)"),
                self.tr("Structure"),
            ]
        )
        self.accounts_model.set_headers(
            [
                self.tr("Structure"),
                self.tr("Année"),
                self.tr("Subventions (€)"),
                self.tr("Ventes et prestations (€)"),
                self.tr("Dons et mécénat (€)"),
                self.tr("Autres produits (€)"),
                self.tr("Charges (€)"),
                self.tr("Résultat (€)"),
                self.tr("Fonds propres (€)"),
                self.tr("Trésorerie (€)"),
                self.tr("Salariés (ETP)"),
                self.tr("Bénévoles"),
            ]
        )

    # --- data -----------------------------------------------------------------------------

    def load(self, assessment: Assessment, lang: str) -> None:
        self._assessment = assessment
        names = [s.name for s in assessment.structures]
        self.lines_model.set_choices("kind", [(k, t.get(lang)) for k, t in KINDS.items()])
        self.lines_model.set_choices(
            "structure", [("", self.tr("— toute la dynamique —")), *((n, n) for n in names)]
        )
        self.accounts_model.set_choices("structure", [(n, n) for n in names])
        self.lines_model.set_rows([line_row(x) for x in assessment.funding_lines])
        self.accounts_model.set_rows([accounts_row(x) for x in assessment.accounts])
        unread = [str(assessment.fields.get(f) or "").strip() for f in finances.UNREAD_FIELDS]
        unread = [text for text in unread if text]
        self.unread.setVisible(bool(unread))
        self.forget_button.setVisible(bool(unread))
        if unread:
            self.unread.setText(
                self.tr(
                    "Lignes de l'ancienne saisie que diagapp n'a pas pu lire ; tapez-les dans "
                    "les tableaux :"
                )
                + "\n"
                + "\n".join(unread)
            )

    def _structures(self) -> list[str]:
        return [s.name for s in self._assessment.structures] if self._assessment else []

    def _save_lines(self, rows: list[Row]) -> str | None:
        if self._assessment is None:
            return None
        lines = [row_line(r) for r in rows]
        for number, line in enumerate(lines, start=1):
            problem = line_problem(line, self._structures())
            if problem:
                return self.tr("Ligne %1 : ").replace("%1", str(number)) + problem
        saved = self._save(
            "funding",
            finances.set_funding_lines,
            assessment_id=self._assessment.id,
            lines=lines,
        )
        return None if saved else self.tr("Non enregistré.")

    def _save_accounts(self, rows: list[Row]) -> str | None:
        if self._assessment is None:
            return None
        accounts = [row_accounts(r) for r in rows]
        problem = next(filter(None, map(accounts_problem, accounts)), None)
        problem = problem or duplicate_accounts(accounts)
        if problem:
            return problem
        saved = self._save(
            "funding",
            finances.set_accounts,
            assessment_id=self._assessment.id,
            accounts=accounts,
        )
        return None if saved else self.tr("Non enregistré.")

    # --- user actions ---------------------------------------------------------------------

    def start_new_line(self) -> None:
        """Go to the empty row's first cell, ready to type the funder."""
        index = self.lines_model.index(self.lines_model.rowCount() - 1, 0)
        self.lines_table.setCurrentIndex(index)
        self.lines_table.setFocus()
        self.lines_table.edit(index)

    def remove_current_line(self) -> bool:
        row = self.lines_table.currentIndex().row()
        rows = self.lines_model.rows()
        if not 0 <= row < len(rows):
            return False
        del rows[row]
        problem = self._save_lines(rows)
        self.message.setText(problem or "")
        return problem is None

    def add_accounts(self) -> bool:
        """A row for the first structure without accounts of the assessment's year."""
        if self._assessment is None:
            return False
        names = self._structures()
        if not names:
            self.message.setText(
                self.tr("Ajoutez d'abord une structure dans la matrice des ressources.")
            )
            return False
        rows = self.accounts_model.rows()
        year = self._assessment.date.year
        taken = {(r["structure"], r["year"]) for r in rows}
        for wanted in (year, year - 1):
            free = [n for n in names if (n, wanted) not in taken]
            if free:
                problem = self._save_accounts([*rows, {"structure": free[0], "year": wanted}])
                self.message.setText(problem or "")
                self.accounts_table.setCurrentIndex(
                    self.accounts_model.index(self.accounts_model.rowCount() - 1, 2)
                )
                self.accounts_table.setFocus()
                return problem is None
        self.message.setText(self.tr("Chaque structure a déjà ses comptes de ces deux années."))
        return False

    def remove_current_accounts(self) -> bool:
        row = self.accounts_table.currentIndex().row()
        rows = self.accounts_model.rows()
        if not 0 <= row < len(rows):
            return False
        del rows[row]
        problem = self._save_accounts(rows)
        self.message.setText(problem or "")
        return problem is None

    def forget_unread(self) -> None:
        if self._assessment is None:
            return
        for field_id in finances.UNREAD_FIELDS:
            if self._assessment.fields.get(field_id):
                self._save(
                    "funding",
                    finances.forget_unread,
                    assessment_id=self._assessment.id,
                    field_id=field_id,
                )
