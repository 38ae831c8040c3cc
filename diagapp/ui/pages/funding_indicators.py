"""The funding indicators the report discusses (§1.5, l.783-967), as a panel shown under
the funding matrix and on the results page. The de minimis sum looks back at the earlier
assessments of the same dynamic (l.847)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from diagapp.domain import funding
from diagapp.domain.law import DeMinimisRule
from diagapp.domain.model import Assessment, Structure
from diagapp.domain.questionnaire import FundingSpec
from diagapp.services import assessments
from diagapp.ui.formats import (
    NNBSP,
    format_eur,
    format_eur_cents,
    format_integer,
    format_long_date,
    format_number,
    format_percent,
)
from diagapp.ui.widgets import readable
from diagapp.ui.widgets.readable import bold, muted
from diagapp.ui.workshop import Workshop

# Below this width, in average characters, each indicator's note goes under its name and
# value instead of beside them (large type, a narrow window, 200 % scaling).
WIDE_CHARS = 95
INDICATORS = (
    "public_dependence",
    "own_resource_share",
    "kinds_used",
    "diversification",
    "monetary_total",
    "volunteering",
)


def earlier_assessments(
    workshop: Workshop, assessment: Assessment, start: dt.date
) -> list[Assessment]:
    """The dynamic's earlier assessments dated from `start` on (for the de minimis sum)."""
    ids = assessments.history(workshop.db, dynamic_id=assessment.dynamic_id)
    found = []
    for assessment_id in reversed(ids):
        if assessment_id == assessment.id:
            continue
        earlier = assessments.load_assessment(workshop.db, assessment_id)
        if earlier.date >= assessment.date:
            continue
        if earlier.date < start:
            break  # oldest first in `ids`: everything before is older still
        found.append(earlier)
    return found


def is_sieg(assessment: Assessment) -> bool:
    return assessment.fields.get("governance.sieg") == "oui"


class IndicatorsPanel(QGroupBox):
    def __init__(self, lang: str = "fr", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._history: dict[int, list[Assessment]] = {}
        self._spec: FundingSpec | None = None
        self.result: funding.FundingIndicators | None = None
        self.grid = QGridLayout(self)
        self.names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self.notes: dict[str, QLabel] = {}
        for key in INDICATORS:
            name, value, note = QLabel(), QLabel(), muted(QLabel())
            value.setObjectName(f"indicator_{key}")
            bold(value)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            note.setWordWrap(True)
            self.names[key], self.values[key], self.notes[key] = name, value, note
        self.basis = QLabel()
        self.basis.setWordWrap(True)
        self.de_minimis = QLabel()
        self.de_minimis.setObjectName("indicator_de_minimis")
        self.de_minimis.setWordWrap(True)
        self.de_minimis.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.wide: bool | None = None
        self.arrange(wide=True)
        self.retranslate()

    # --- layout ---------------------------------------------------------------------------

    def arrange(self, wide: bool) -> None:
        """Wide: name, value and note side by side; narrow: the note under the other two."""
        if wide == self.wide:
            return
        self.wide = wide
        grid = self.grid
        for widget in (*self.names.values(), *self.values.values(), *self.notes.values()):
            grid.removeWidget(widget)
        grid.removeWidget(self.basis)
        grid.removeWidget(self.de_minimis)
        row = 0
        for key in INDICATORS:
            self.names[key].setWordWrap(not wide)  # wide: the notes give way, not the names
            grid.addWidget(self.names[key], row, 0)
            grid.addWidget(self.values[key], row, 1)
            if wide:
                grid.addWidget(self.notes[key], row, 2)
            else:
                row += 1
                grid.addWidget(self.notes[key], row, 0, 1, 2)
            row += 1
        grid.addWidget(self.basis, row, 0, 1, 3)
        grid.addWidget(self.de_minimis, row + 1, 0, 1, 3)
        grid.setColumnStretch(0, 0 if wide else 1)
        grid.setColumnStretch(2, 1 if wide else 0)

    def _fit(self) -> None:
        self.arrange(self.width() >= self.fontMetrics().averageCharWidth() * WIDE_CHARS)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Indicateurs de financement"))
        names = {
            "public_dependence": self.tr("Dépendance aux subventions publiques"),
            "own_resource_share": self.tr("Part des ressources propres"),
            "kinds_used": self.tr("Types de ressources mobilisés"),
            "diversification": self.tr("Diversification des ressources"),
            "monetary_total": self.tr("Total des ressources monétaires"),
            "volunteering": self.tr("Bénévolat valorisé"),
        }
        notes = {
            "public_dependence": self.tr(
                "Part des subventions publiques dans les recettes d'exploitation (hors emprunts "
                "et apports en capital) ; la plupart des dynamiques étudiées en dépendent "
                "fortement (l. 802)."
            ),
            "own_resource_share": self.tr(
                "Ventes, cotisations et prélèvement sur le chiffre d'affaires, dans les recettes "
                "d'exploitation (l. 792-796)."
            ),
            "kinds_used": self.tr("Ressources d'une intensité au moins « + » dans une structure."),
            "diversification": self.tr(
                "De 0 (une seule ressource) à près de 1 (ressources nombreuses et équilibrées)."
            ),
            "monetary_total": self.tr("Somme des montants annuels saisis."),
            "volunteering": self.tr(
                "Heures de bénévolat valorisées de 1 à 3 SMIC selon la compétence (l. 898) : une "
                "image plus fidèle du modèle économique."
            ),
        }
        for key in INDICATORS:
            self.names[key].setText(names[key])
            self.notes[key].setText(notes[key])
        if self.result is not None and self._spec is not None:
            self._show(self.result, self._spec)

    def set_language(self, lang: str) -> None:
        self._lang = lang

    def forget_history(self) -> None:
        self._history.clear()

    def history_for(
        self, workshop: Workshop, assessment: Assessment, start: dt.date
    ) -> list[Assessment]:
        if assessment.id not in self._history:
            self._history[assessment.id] = earlier_assessments(workshop, assessment, start)
        return self._history[assessment.id]

    def show_indicators(
        self, workshop: Workshop, assessment: Assessment, spec: FundingSpec
    ) -> None:
        self._lang = workshop.lang
        history = self.history_for(
            workshop, assessment, funding.de_minimis_window_start(assessment, spec)
        )
        result = funding.indicators(assessment, spec, history, sieg=is_sieg(assessment))
        self._show(result, spec)

    def _show(self, result: funding.FundingIndicators, spec: FundingSpec) -> None:
        self.result, self._spec = result, spec
        values = self.values
        values["public_dependence"].setText(format_percent(result.public_dependence))
        readable.alert(values["public_dependence"], result.high_public_dependence)
        bold(values["public_dependence"])
        values["own_resource_share"].setText(format_percent(result.own_resource_share))
        values["kinds_used"].setText(
            self.tr("%1 sur %2")
            .replace("%1", str(result.kinds_used))
            .replace("%2", str(result.kinds_total))
        )
        values["diversification"].setText(
            "—" if result.diversification is None else format_number(result.diversification)
        )
        values["monetary_total"].setText(format_eur(result.monetary_total_eur))
        hours = format_integer(result.volunteering_hours)
        values["volunteering"].setText(
            f"{format_eur(result.volunteering_eur)} ({hours}{NNBSP}h)"
            if result.volunteering_hours
            else "—"
        )
        self.notes["volunteering"].setText(
            self.tr(
                "Heures de bénévolat valorisées de 1 à 3 SMIC selon la compétence (l. 898), au "
                "SMIC horaire brut en vigueur à la date de l'évaluation : %1 depuis le %2 (%3)."
            )
            .replace("%1", format_eur_cents(result.smic.eur))
            .replace("%2", format_long_date(result.smic.valid_from))
            .replace("%3", result.smic.source)
        )
        if result.basis == "amounts":
            self.basis.setText(self.tr("Parts calculées sur les montants annuels en euros."))
        elif result.without_amounts:
            self.basis.setText(
                self.tr(
                    "Parts calculées sur les intensités : %1 sans montants annuels. Saisissez "
                    "les montants de toutes les structures pour des parts en euros."
                ).replace("%1", ", ".join(f"« {name} »" for name in result.without_amounts))
            )
        else:
            self.basis.setText(
                self.tr(
                    "Aucun montant saisi : parts calculées sur les intensités (Néant = 0 … "
                    "+++ = 3), comme le tableau du rapport (l. 810-832)."
                )
            )
        self._show_de_minimis(result, spec)

    def _period(self, rule: DeMinimisRule) -> str:
        if rule.period == "rolling":
            return self.tr("%1 ans glissants").replace("%1", str(rule.years))
        return self.tr("%1 exercices fiscaux").replace("%1", str(rule.years))

    def _show_de_minimis(self, result: funding.FundingIndicators, spec: FundingSpec) -> None:
        """The rule in force at the assessment's date, with its source; the report's own
        figures as history; an alert reads as a point to check with the funders."""
        rule = result.de_minimis_rule
        lang = "en" if self._lang == "en" else "fr"
        source = (
            self.tr("Source : %1, en vigueur depuis le %2.")
            .replace("%1", rule.source.get(lang))
            .replace("%2", format_long_date(rule.valid_from))
        )
        history = [
            self.tr("Le rapport (2020) citait les plafonds d'alors : %1, et %2 pour un SIEG.")
            .replace("%1", format_eur(old.ceiling_eur))
            .replace("%2", format_eur(old.sieg_ceiling_eur))
            for old in spec.law.de_minimis_history(rule.valid_from)
        ]
        if not result.de_minimis:
            readable.alert(self.de_minimis, False)
            text = (
                self.tr(
                    "Règle de minimis (aides publiques aux activités économiques) : d'après les "
                    "montants saisis, aucune structure ne dépasse %1 sur %2 (%3 pour un service "
                    "d'intérêt économique général, SIEG)."
                )
                .replace("%1", format_eur(rule.ceiling_eur))
                .replace("%2", self._period(rule))
                .replace("%3", format_eur(rule.sieg_ceiling_eur))
            )
            self.de_minimis.setText(" ".join([text, source, *history]))
            return
        lines = []
        for alert in result.de_minimis:
            years = ", ".join(str(y) for y in alert.years)
            lines.append(
                self.tr(
                    "À vérifier avec vos financeurs — « %1 » a reçu %2 de subventions "
                    "publiques (%3), au-delà du plafond de minimis de %4 sur %5%6."
                )
                .replace("%1", alert.structure)
                .replace("%2", format_eur(alert.public_aid_eur))
                .replace("%3", years)
                .replace("%4", format_eur(alert.ceiling_eur))
                .replace("%5", self._period(rule))
                .replace("%6", self.tr(" (plafond SIEG)") if result.sieg else "")
            )
        lines.append(
            self.tr(
                "Ce n'est pas un constat d'irrégularité : ce plafond ne vise que les aides à des "
                "activités économiques ; un mandat de service d'intérêt économique général "
                "(SIEG) le porte à %1 ; au-delà, une aide peut relever d'un régime d'exemption "
                "par catégorie ou d'une compensation de SIEG. Demandez à vos financeurs sous "
                "quel régime chaque aide a été accordée."
            ).replace("%1", format_eur(rule.sieg_ceiling_eur))
        )
        lines.append(" ".join([source, *history]))
        readable.alert(self.de_minimis)
        readable.bold(self.de_minimis, False)  # a point to check, not a verdict: no shouting
        self.de_minimis.setText("\n".join(lines))

    def volunteering_text(self, structure: Structure) -> str:
        if self.result is None or not structure.volunteer_hours:
            return "—"
        return format_eur(funding.volunteering_value(structure, self.result.smic.eur))
