"""Facteurs remarquables, questionnements, opportunités — derived from the team's answers.

The report's monographs close on this triptych (Introduction, l.125): what stands out, what
raises questions, what remains to be seized (l.74). Here strengths are the items the team
rates highest, questions the items where it disagreed or has not settled, opportunities the
lowest items with the next level as the step to take. Pure Python, no reportlab.
"""

from __future__ import annotations

from dataclasses import dataclass

from diagapp.domain.questionnaire import Item
from diagapp.report.monograph import Monograph

STRENGTH = "strength"
QUESTION = "question"
OPPORTUNITY = "opportunity"

# Kinds of questions, so the PDF can word each one.
DISAGREEMENT = "disagreement"
NO_CONSENSUS = "no_consensus"
PUBLIC_DEPENDENCE = "public_dependence"
DE_MINIMIS = "de_minimis"


@dataclass(frozen=True)
class Finding:
    kind: str  # STRENGTH | QUESTION | OPPORTUNITY
    item: Item | None
    level: int | None = None  # the consensus level, when there is one
    reason: str = ""  # for questions: DISAGREEMENT, NO_CONSENSUS, PUBLIC_DEPENDENCE…
    evidence: str = ""
    low: int | None = None  # lowest and highest participant levels (disagreements)
    high: int | None = None
    next_level: int | None = None  # opportunities: the level to reach next


def _items(monograph: Monograph) -> list[Item]:
    return list(monograph.questionnaire.items)


def _evidence(monograph: Monograph, item_id: str) -> str:
    answer = monograph.assessment.consensus(item_id)
    return answer.evidence.strip() if answer else ""


def strengths(monograph: Monograph, count: int = 3) -> list[Finding]:
    """The items the team settled highest (level 2 or 3), documented ones first; an item its
    members strongly disagreed on is an open question (see `questions`), not a strength."""
    ranked = []
    for item in _items(monograph):
        result = monograph.results[item.id]
        if result.consensus is None or result.consensus < 2 or result.strong_disagreement:
            continue
        evidence = _evidence(monograph, item.id)
        ranked.append(
            (
                -result.consensus,
                0 if evidence else 1,
                result.spread or 0,
                -(result.mean or 0.0),
                item.id,
                Finding(STRENGTH, item, result.consensus, evidence=evidence),
            )
        )
    ranked.sort(key=lambda row: row[:5])
    return _spread_over_dimensions([row[-1] for row in ranked], count)


def questions(monograph: Monograph, count: int = 3) -> list[Finding]:
    """Strong disagreements first, then items without consensus, then funding signals."""
    found: list[Finding] = []
    disputed = sorted(
        (r for r in monograph.results.values() if r.strong_disagreement),
        key=lambda r: (-r.disagreement, r.item_id),
    )
    for result in disputed:
        found.append(
            Finding(
                QUESTION,
                monograph.questionnaire.item(result.item_id),
                result.consensus,
                reason=DISAGREEMENT,
                evidence=_evidence(monograph, result.item_id),
                low=min(result.values),
                high=max(result.values),
            )
        )
    for item in _items(monograph):
        result = monograph.results[item.id]
        if result.consensus is None and not result.consensus_not_applicable:
            found.append(Finding(QUESTION, item, None, reason=NO_CONSENSUS))
    indicators = monograph.indicators
    if indicators.de_minimis:
        found.insert(min(2, len(found)), Finding(QUESTION, None, reason=DE_MINIMIS))
    elif indicators.high_public_dependence:
        found.insert(min(2, len(found)), Finding(QUESTION, None, reason=PUBLIC_DEPENDENCE))
    return found if count <= 0 else _prefer_distinct(found, count)


def opportunities(monograph: Monograph, count: int = 3) -> list[Finding]:
    """The lowest settled items (level 0 or 1): the next level says what to do."""
    ranked = []
    for item in _items(monograph):
        result = monograph.results[item.id]
        if result.consensus is None or result.consensus > 1:
            continue
        ranked.append(
            (
                result.consensus,
                -(result.mean or 0.0),
                item.id,
                Finding(
                    OPPORTUNITY,
                    item,
                    result.consensus,
                    evidence=_evidence(monograph, item.id),
                    next_level=result.consensus + 1,
                ),
            )
        )
    ranked.sort(key=lambda row: row[:3])
    return _spread_over_dimensions([row[-1] for row in ranked], count)


def _spread_over_dimensions(findings: list[Finding], count: int) -> list[Finding]:
    """Take `count` findings, one per dimension first so a single dimension does not fill all."""
    if count <= 0:
        return findings
    chosen: list[Finding] = []
    seen: set[str] = set()
    for finding in findings:
        section = finding.item.section_id if finding.item else ""
        if section not in seen:
            chosen.append(finding)
            seen.add(section)
        if len(chosen) == count:
            return chosen
    for finding in findings:
        if finding not in chosen:
            chosen.append(finding)
        if len(chosen) == count:
            break
    return chosen


def _prefer_distinct(findings: list[Finding], count: int) -> list[Finding]:
    """Keep the first `count`, but give each kind of question a chance to appear."""
    reasons: dict[str, list[Finding]] = {}
    for finding in findings:
        reasons.setdefault(finding.reason, []).append(finding)
    chosen: list[Finding] = []
    while len(chosen) < count and any(reasons.values()):
        for reason in list(reasons):
            if reasons[reason] and len(chosen) < count:
                chosen.append(reasons[reason].pop(0))
    return sorted(chosen, key=findings.index)
