"""The critical reread before sending (« relecture avant envoi »): rules as data, findings.

Self-assessment flatters (B Lab sees self-scores fall by 8 points after review): before a PDF
leaves, each rule of questionnaires/reread.yaml looks for a claim the team's own data does
not support. A rule names a check of `reread_checks`; the team fixes or accepts each finding.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from diagapp.domain.errors import DataFileError
from diagapp.domain.funding import FundingIndicators
from diagapp.domain.model import Assessment
from diagapp.domain.questionnaire import Questionnaire
from diagapp.domain.text import LANGUAGES, Text

TO_FIX = "a_corriger"
TO_CHECK = "a_verifier"
SEVERITIES = {
    TO_FIX: Text("À corriger", "To fix"),
    TO_CHECK: Text("À vérifier", "To check"),
}


class RereadRulesError(DataFileError):
    """questionnaires/reread.yaml does not follow its format."""


@dataclass(frozen=True)
class Rule:
    id: str
    check: str  # name of a function in reread_checks.CHECKS
    severity: str  # a_corriger | a_verifier
    title: Text
    advice: Text  # what the team can do about it
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Facts:
    """What the checks look at: the assessment, last year's, and the funding indicators."""

    assessment: Assessment
    questionnaire: Questionnaire
    previous: Assessment | None = None
    indicators: FundingIndicators | None = None


@dataclass(frozen=True)
class Hit:
    """One place where a check found a problem: `subject` is what the team may accept."""

    subject: str  # item id, dimension id, field id… ("" for the whole assessment)
    detail: Text


@dataclass(frozen=True)
class Acceptance:
    rule_id: str
    subject: str
    note: str = ""


@dataclass(frozen=True)
class Finding:
    rule: Rule
    subject: str
    detail: Text
    accepted: bool = False
    note: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.rule.id, self.subject)

    @property
    def serious(self) -> bool:
        """À corriger and not accepted by the team: blocks a clean « nothing serious »."""
        return self.rule.severity == TO_FIX and not self.accepted


def evaluate(
    rules: Sequence[Rule], facts: Facts, accepted: Mapping[tuple[str, str], str] = {}
) -> tuple[Finding, ...]:
    """Every rule's findings, in the file's order; `accepted` maps (rule, subject) to a note."""
    from diagapp.domain.reread_checks import CHECKS

    found = []
    for rule in rules:
        for hit in CHECKS[rule.check](facts, rule.params):
            key = (rule.id, hit.subject)
            found.append(
                Finding(rule, hit.subject, hit.detail, key in accepted, accepted.get(key, ""))
            )
    return tuple(found)


# --- loading ---------------------------------------------------------------------------------

RULE_KEYS = {"id", "check", "severity", "title", "advice", "params"}


def _text(raw: Any, ctx: str, name: str) -> Text:
    if not isinstance(raw, Mapping) or any(
        not isinstance(raw.get(lang), str) or not raw[lang].strip() for lang in LANGUAGES
    ):
        raise RereadRulesError(name, ctx, "un texte doit avoir « fr » et « en » non vides")
    return Text(raw["fr"], raw["en"])


def parse_rules(raw: Any, name: str = "reread.yaml") -> tuple[Rule, ...]:
    """Rules from the parsed YAML, checked: known check, severity, both languages, unique ids."""
    from diagapp.domain.reread_checks import CHECKS

    if not isinstance(raw, Mapping) or not isinstance(raw.get("rules"), list):
        raise RereadRulesError(name, "", "la clé « rules » (une liste) manque")
    rules: list[Rule] = []
    for index, entry in enumerate(raw["rules"], start=1):
        ctx = f"règle {index}"
        if not isinstance(entry, Mapping):
            raise RereadRulesError(name, ctx, "une règle doit être un dictionnaire")
        extra = sorted(str(k) for k in entry if k not in RULE_KEYS)
        if extra:
            raise RereadRulesError(name, ctx, f"clé inconnue « {extra[0]} »")
        rule_id = entry.get("id")
        if not isinstance(rule_id, str) or not rule_id:
            raise RereadRulesError(name, ctx, "« id » manque")
        ctx = f"règle « {rule_id} »"
        if any(r.id == rule_id for r in rules):
            raise RereadRulesError(name, ctx, "identifiant en double")
        if entry.get("check") not in CHECKS:
            raise RereadRulesError(name, ctx, f"vérification inconnue « {entry.get('check')} »")
        if entry.get("severity") not in SEVERITIES:
            raise RereadRulesError(name, ctx, "« severity » doit valoir a_corriger ou a_verifier")
        params = entry.get("params") or {}
        if not isinstance(params, Mapping):
            raise RereadRulesError(name, ctx, "« params » doit être un dictionnaire")
        rules.append(
            Rule(
                id=rule_id,
                check=entry["check"],
                severity=entry["severity"],
                title=_text(entry.get("title"), ctx, name),
                advice=_text(entry.get("advice"), ctx, name),
                params=dict(params),
            )
        )
    return tuple(rules)
