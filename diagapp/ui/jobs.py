"""Slow work off the UI thread, with a progress dialog that can be cancelled.

    run_job(parent, "Export du PDF…", export_pdf, db_path=..., on_done=show, on_error=warn)

The function runs in a worker thread and may accept a `progress` keyword: a callable
taking (done, total) that returns False once the user cancelled. Results and errors come
back on the UI thread; never touch widgets from the function itself.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from diagapp.domain.errors import DiagappError


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(str, bool)  # message, is_bug


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[..., Any], kwargs: dict[str, Any]) -> None:
        super().__init__()
        self.fn, self.kwargs = fn, kwargs
        self.signals = _Signals()
        self.cancelled = False

    def _progress(self, done: int, total: int) -> bool:
        self.signals.progress.emit(done, total)
        return not self.cancelled

    def run(self) -> None:
        kwargs = dict(self.kwargs)
        if "progress" in inspect.signature(self.fn).parameters:
            kwargs["progress"] = self._progress
        try:
            result = self.fn(**kwargs)
        except DiagappError as exc:
            self.signals.failed.emit(str(exc), False)
        except Exception as exc:  # a bug: logged, reported as such
            from diagapp.services.errors import log_bug

            where = log_bug(exc)
            self.signals.failed.emit(
                f"Erreur interne inattendue ({type(exc).__name__}). Détails dans {where}.", True
            )
        else:
            self.signals.done.emit(result)


class Job(QObject):
    """Handle on a running job (kept alive until it finishes)."""

    finished = Signal()

    def __init__(self, runnable: _Runnable, dialog: QProgressDialog | None) -> None:
        super().__init__()
        self.runnable, self.dialog = runnable, dialog

    def cancel(self) -> None:
        self.runnable.cancelled = True


_RUNNING: set[Job] = set()


def run_job(
    parent: QWidget | None,
    title: str,
    fn: Callable[..., Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[str], None] | None = None,
    show_progress: bool = True,
    **kwargs: Any,
) -> Job:
    runnable = _Runnable(fn, kwargs)
    dialog = None
    if show_progress:
        dialog = QProgressDialog(title, "Annuler", 0, 0, parent)
        dialog.setWindowTitle("diagapp")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # quick jobs never flash a dialog
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
    job = Job(runnable, dialog)
    _RUNNING.add(job)

    def progress(done: int, total: int) -> None:
        if dialog is not None:
            dialog.setMaximum(total)
            dialog.setValue(done)

    def finish() -> None:
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
        _RUNNING.discard(job)
        job.finished.emit()

    def done(result: Any) -> None:
        finish()
        if on_done is not None:
            on_done(result)

    def failed(message: str, _is_bug: bool) -> None:
        finish()
        if on_error is not None:
            on_error(message)

    if dialog is not None:
        dialog.canceled.connect(job.cancel)
    runnable.signals.progress.connect(progress, Qt.ConnectionType.QueuedConnection)
    runnable.signals.done.connect(done, Qt.ConnectionType.QueuedConnection)
    runnable.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    runnable.setAutoDelete(False)
    QThreadPool.globalInstance().start(runnable)
    return job
