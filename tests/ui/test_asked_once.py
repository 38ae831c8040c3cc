"""Questionnaire v2 asks each thing once (issue 13): who started the dynamic is asked on the
identity card only, inhabitants' involvement in the walk-through only; the governance page
still shows the report's four variables, reading those answers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from diagapp.services import answers, assessments, catalog
from diagapp.services.workspace import open_workspace
from diagapp.ui.pages.governance import GovernancePage
from diagapp.ui.pages.identity import IdentityPage
from diagapp.ui.pages.walkthrough import WalkthroughPage
from diagapp.ui.workshop import Workshop

if TYPE_CHECKING:
    from conftest import ShowPage

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

ORIGIN, ORIGIN_V1 = "identity.origin", "governance.origin_actors"
INHABITANTS, INHABITANTS_V1 = "energie.implication_habitants", "governance.inhabitants"


@pytest.fixture
def workshop(tmp_path: Path) -> Iterator[Workshop]:
    workspace = open_workspace(tmp_path / "once.sqlite")
    db = workspace.db
    dynamic = assessments.create_dynamic(db, name="Tiers-lieu des Tilleuls")
    assessment = assessments.create_assessment(db, dynamic_id=dynamic, date=dt.date(2026, 3, 1))
    answers.add_participant(db, assessment_id=assessment, name="Alice", college="Habitants")
    shop = Workshop(workspace)
    shop.set_assessment(assessment)
    yield shop
    workspace.close()


def _labels(page: QLabel | object) -> list[str]:
    assert hasattr(page, "findChildren")
    return [label.text() for label in page.findChildren(QLabel)]


def test_the_window_asks_each_thing_once(
    workshop: Workshop, qtbot: QtBot, show_page: ShowPage
) -> None:
    walk = show_page(WalkthroughPage(workshop), (1200, 900))
    identity = show_page(IdentityPage(workshop))
    governance = show_page(GovernancePage(workshop))
    asked: list[str] = []
    shown: list[str] = []
    for n in range(len(walk.items)):
        walk.go_to(n)
        item = walk.item
        assert item is not None
        asked.append(item.id)
        shown.append(walk.item_label.text())
    asked += list(identity.editors) + list(governance.editors)
    assert len(asked) == len(set(asked))
    assert asked.count(ORIGIN) == 1 and ORIGIN_V1 not in asked
    assert asked.count(INHABITANTS) == 1 and INHABITANTS_V1 not in asked
    v1 = catalog.questionnaire(1)
    on_pages = _labels(identity) + _labels(governance)
    for dropped in (ORIGIN_V1, INHABITANTS_V1):
        assert v1.field(dropped).label.fr not in on_pages
    assert sum(v1.item(INHABITANTS).label.fr in s for s in shown) == 1


def test_the_governance_page_reads_the_kept_questions(
    workshop: Workshop, show_page: ShowPage
) -> None:
    identity = show_page(IdentityPage(workshop))
    governance = show_page(GovernancePage(workshop))
    assert identity.set_field(ORIGIN, "etat")
    assert workshop.assessment_id is not None
    workshop.save(
        "answers",
        answers.record_answer,
        assessment_id=workshop.assessment_id,
        participant_id=None,
        item_id=INHABITANTS,
        value=3,
    )
    governance.load(assessments.load_assessment(workshop.db, workshop.assessment_id))
    profile = governance.profile_label.text()
    # The State's scheme is « pouvoirs publics » in the report's table (l.425, l.1023-1043).
    assert "Pouvoirs publics" in profile and "habitants +++" in profile
    text = " ".join(_labels(governance.form_scroll.widget()))
    assert "Née d'un dispositif piloté par l'État" in text
    assert "+++" in text
