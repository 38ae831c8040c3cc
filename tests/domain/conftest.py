"""Fixtures shared by the tests of the engine on the shipped questionnaire and catalog."""

from __future__ import annotations

import pytest

from diagapp.domain.questionnaire import Questionnaire
from diagapp.domain.questionnaire_loader import latest_version, load_version
from diagapp.domain.recommendations import Catalog
from diagapp.domain.recommendations_loader import load_catalog
from diagapp.paths import questionnaires_dir


@pytest.fixture(scope="session")
def q() -> Questionnaire:
    """The newest shipped questionnaire (a module may define its own `q`)."""
    root = questionnaires_dir()
    return load_version(root, latest_version(root))


@pytest.fixture(scope="session")
def cat(q: Questionnaire) -> Catalog:
    """The shipped catalog of recommendations."""
    return load_catalog(questionnaires_dir() / "recommendations.yaml", q)
