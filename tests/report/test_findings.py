"""Strengths, open questions and opportunities never list the same item twice."""

from __future__ import annotations

from diagapp.report import findings
from diagapp.report.monograph import Monograph


def test_an_item_is_a_strength_or_an_open_question_not_both(demo_monograph: Monograph) -> None:
    strengths = {f.item.id for f in findings.strengths(demo_monograph, 0) if f.item}
    questions = {f.item.id for f in findings.questions(demo_monograph, 0) if f.item}
    assert strengths and questions
    assert not strengths & questions
    shown = {f.item.id for f in findings.strengths(demo_monograph, 5) if f.item}
    assert len(shown) == 5  # the demo still has five strengths to show
