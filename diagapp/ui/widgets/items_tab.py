"""The « Éléments » tab of the results and comparison pages: a caption, a dimension filter,
a switch that narrows the rows (strong disagreements, moved items) and the sortable table.
The pages set the texts, so that they stay in their own translation context."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diagapp.ui.models.item_table import ItemTableProxy


class ItemsTab(QWidget):
    def __init__(
        self,
        proxy: ItemTableProxy,
        narrow: Callable[[bool], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.caption = QLabel()
        self.dimension_filter = QComboBox()
        self.dimension_filter.currentIndexChanged.connect(
            lambda _i: proxy.set_dimension(self.dimension_filter.currentData())
        )
        self.switch = QCheckBox()
        self.switch.toggled.connect(lambda on: narrow(on))
        bar.addWidget(self.caption, 1)
        bar.addWidget(self.dimension_filter)
        bar.addWidget(self.switch)
        layout.addLayout(bar)
        self.table = QTableView()
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)

    def set_dimensions(self, everything: str, dimensions: Iterable[tuple[int, str, str]]) -> None:
        """Refills the filter with (number, title, id), keeping the dimension chosen."""
        current = self.dimension_filter.currentData()
        self.dimension_filter.blockSignals(True)
        self.dimension_filter.clear()
        self.dimension_filter.addItem(everything, None)
        for number, title, dimension_id in dimensions:
            self.dimension_filter.addItem(f"{number}. {title}", dimension_id)
        self.dimension_filter.setCurrentIndex(max(self.dimension_filter.findData(current), 0))
        self.dimension_filter.blockSignals(False)
