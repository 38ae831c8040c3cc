"""What the two per-item tables share (one workshop's results, several workshops compared):
their roles, and a proxy that sorts on SORT_ROLE and shows one dimension, or only the rows
its switch keeps (strong disagreements, moved items)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DIMENSION_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class ItemTableProxy(QSortFilterProxyModel):
    """Sorts on SORT_ROLE; shows one dimension, or only the rows `_source_row` marks."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._dimension: str | None = None
        self._marked_only = False

    def set_dimension(self, dimension_id: str | None) -> None:
        self._change_filter(dimension_id, self._marked_only)

    def _set_marked_only(self, on: bool) -> None:
        self._change_filter(self._dimension, on)

    def _change_filter(self, dimension_id: str | None, marked_only: bool) -> None:
        # Qt 6.9 wants begin/endFilterChange around the change; older Qt has only
        # invalidateRowsFilter, called after it.
        modern = hasattr(self, "beginFilterChange")
        if modern:
            self.beginFilterChange()
        self._dimension, self._marked_only = dimension_id, marked_only
        if modern:
            self.endFilterChange()
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        found = self._source_row(source_row)
        if found is None:
            return True
        dimension_id, marked = found
        if self._dimension is not None and dimension_id != self._dimension:
            return False
        return not self._marked_only or marked

    def _source_row(self, source_row: int) -> tuple[str, bool] | None:
        """The row's dimension and whether the switch keeps it; None for a foreign model."""
        raise NotImplementedError
