"""Errors the user can act on. Their message is shown as is (French first)."""

from __future__ import annotations


class DiagappError(Exception):
    """An error caused by the environment or by input, not a bug: shown to the user."""


class QuestionnaireError(DiagappError):
    def __init__(self, file: str, where: str, what: str) -> None:
        self.file, self.where, self.what = file, where, what
        place = f" — {where}" if where else ""
        super().__init__(f"Questionnaire invalide : {file}{place} : {what}")


class DataFileError(DiagappError):
    """A shipped or imported data file that does not follow its format."""

    def __init__(self, file: str, where: str, what: str) -> None:
        self.file, self.where, self.what = file, where, what
        place = f" — {where}" if where else ""
        super().__init__(f"Fichier invalide : {file}{place} : {what}")
