"""The shipped data: questionnaires and reference dynamics."""

from __future__ import annotations

from diagapp.domain import questionnaire_loader
from diagapp.domain.questionnaire import Questionnaire
from diagapp.domain.references import ReferenceDynamic, load_references
from diagapp.paths import questionnaires_dir


def current_version() -> int:
    return questionnaire_loader.latest_version(questionnaires_dir())


def questionnaire(version: int | None = None) -> Questionnaire:
    """The questionnaire of `version` (the newest when None), validated."""
    root = questionnaires_dir()
    return questionnaire_loader.load_version(root, version or current_version())


def references() -> tuple[ReferenceDynamic, ...]:
    return load_references(questionnaires_dir() / "references.yaml")
