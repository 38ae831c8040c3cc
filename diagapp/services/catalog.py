"""The shipped data: questionnaires and reference dynamics."""

from __future__ import annotations

from diagapp.domain import questionnaire_loader, version_mapping
from diagapp.domain.model import Assessment
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


def asked_once(assessment: Assessment) -> Assessment:
    """The assessment with what the newest questionnaire asks once answered from an older
    year's dropped twin question where the kept one was left unanswered (the mappings'
    « merged »: v1's governance.origin_actors and governance.inhabitants)."""
    newest = current_version()
    if assessment.questionnaire_version >= newest:
        return assessment
    chain = version_mapping.load_chain(
        questionnaires_dir(), assessment.questionnaire_version, newest
    )
    return version_mapping.carry_merged(assessment, chain)
