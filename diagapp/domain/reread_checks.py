"""The reread's checks: one small pure function per kind of doubt (rules in reread.yaml).

Each check takes the facts and the rule's `params` and returns the places it doubts, with
a sentence in French and English saying why. A check never raises on odd data: a value
of the wrong type is simply not looked at.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from diagapp.domain.funder_rows import FINANCING_KINDS
from diagapp.domain.model import STATUS_DRAFT, Answer, Assessment, FundingLine
from diagapp.domain.objectives import MISSED, Objective, status, target_ratio
from diagapp.domain.questionnaire import Questionnaire
from diagapp.domain.reread import Facts, Hit
from diagapp.domain.text import Text

TOP = 3

Check = Callable[[Facts, Mapping[str, Any]], list[Hit]]


def _number(q: Questionnaire, item_id: str) -> str:
    """« 2.3 »: dimension number and position, as the tables show it."""
    for d in q.dimensions:
        for index, item in enumerate(d.items, start=1):
            if item.id == item_id:
                return f"{d.number}.{index}"
    return item_id


def _short(text: str, size: int = 70) -> str:
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


def _item_name(q: Questionnaire, item_id: str) -> Text:
    label = q.item(item_id).label
    number = _number(q, item_id)
    return Text(f"{number} « {_short(label.fr)} »", f"{number} “{_short(label.en)}”")


def _level(answer: Answer | None) -> int | None:
    if answer is None or answer.not_applicable:
        return None
    return answer.value


def _text_field(a: Assessment, field_id: str) -> str:
    value = a.fields.get(field_id)
    return value.strip() if isinstance(value, str) else ""


# --- evidence and levels -----------------------------------------------------------------


def top_without_evidence(facts: Facts, params: Mapping[str, Any]) -> list[Hit]:
    """Items the team put at the top level without writing down any evidence."""
    a, q = facts.assessment, facts.questionnaire
    top = int(params.get("level", TOP))
    hits = []
    for item in q.items:
        c = a.consensus(item.id)
        level = _level(c)
        if level is not None and level >= top and c is not None and not c.evidence.strip():
            name = _item_name(q, item.id)
            hits.append(
                Hit(
                    item.id,
                    Text(
                        f"{name.fr} est au niveau {c.value} sans aucune preuve écrite.",
                        f"{name.en} is at level {c.value} with no written evidence.",
                    ),
                )
            )
    return hits


def rise_without_new_evidence(facts: Facts, params: Mapping[str, Any]) -> list[Hit]:
    """Items that rose `min_rise` levels or more since last year while the evidence stayed."""
    a, q, before = facts.assessment, facts.questionnaire, facts.previous
    if before is None:
        return []
    rise = int(params.get("min_rise", 2))
    hits = []
    for item in q.items:
        now, then = a.consensus(item.id), before.consensus(item.id)
        new, old = _level(now), _level(then)
        if new is None or old is None or new - old < rise:
            continue
        assert now is not None and then is not None
        if now.evidence.strip() != then.evidence.strip():
            continue
        name = _item_name(q, item.id)
        hits.append(
            Hit(
                item.id,
                Text(
                    f"{name.fr} passe de {old} à {new} depuis « {before.label} » sans preuve "
                    "nouvelle.",
                    f"{name.en} went from {old} to {new} since “{before.label}” with no new "
                    "evidence.",
                ),
            )
        )
    return hits


def dimension_at_maximum(facts: Facts, params: Mapping[str, Any]) -> list[Hit]:
    """Dimensions whose every applicable item is at the top level."""
    a, q = facts.assessment, facts.questionnaire
    top = int(params.get("level", TOP))
    hits = []
    for d in q.dimensions:
        levels = [_level(a.consensus(i.id)) for i in d.items]
        applicable = [
            v for i, v in zip(d.items, levels, strict=True) if not _not_applicable(a, i.id)
        ]
        if applicable and all(v is not None and v >= top for v in applicable):
            hits.append(
                Hit(
                    d.id,
                    Text(
                        f"Toute la dimension {d.number} « {d.title.fr} » est au niveau maximal.",
                        f"The whole dimension {d.number} “{d.title.en}” is at the top level.",
                    ),
                )
            )
    return hits


def _not_applicable(a: Assessment, item_id: str) -> bool:
    c = a.consensus(item_id)
    return c is not None and c.not_applicable


# --- contradictions between what the team entered ------------------------------------------

WORD_NUMBERS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "cent": 100, "dizaine": 10, "douzaine": 12, "quinzaine": 15,
    "vingtaine": 20, "trentaine": 30, "quarantaine": 40, "cinquantaine": 50,
    "soixantaine": 60, "centaine": 100,
}  # fmt: skip
_WORD = re.compile(r"[\wÀ-ÿ']+")


def stated_counts(text: str, nouns: Iterable[str], reach: int = 4) -> list[int]:
    """Numbers the text puts before one of `nouns`: « une trentaine de structures » -> 30."""
    words = [w.lower().split("'")[-1] for w in _WORD.findall(text)]
    wanted = {n.lower() for n in nouns}
    found = []
    for index, word in enumerate(words):
        if word not in wanted:
            continue
        for before in reversed(words[max(0, index - reach) : index]):
            value = int(before) if before.isdigit() else WORD_NUMBERS.get(before)
            if value is not None:
                # « une trentaine »: the approximate word wins over its article
                found.append(value)
                break
    return found


def member_count_against_text(facts: Facts, params: Mapping[str, Any]) -> list[Hit]:
    """The identity card's member count against the number the story gives."""
    a = facts.assessment
    field_id = str(params.get("field", "identity.structures_count"))
    count = a.fields.get(field_id)
    if not isinstance(count, int | float) or isinstance(count, bool):
        return []
    tolerance = float(params.get("tolerance", 0.34))
    for text_field in params.get("texts", ("identity.story",)):
        for stated in stated_counts(_text_field(a, text_field), params.get("nouns", ())):
            if abs(stated - count) > tolerance * max(stated, count):
                label = facts.questionnaire.field(field_id).label
                story = facts.questionnaire.field(text_field).label
                return [
                    Hit(
                        field_id,
                        Text(
                            f"« {label.fr} » vaut {count:g} mais le champ « {story.fr} » en "
                            f"annonce environ {stated}.",
                            f"“{label.en}” is {count:g} but “{story.en}” speaks of about {stated}.",
                        ),
                    )
                ]
    return []


def _team_texts(
    a: Assessment, items: Iterable[str] = (), fields: Iterable[str] = ()
) -> list[tuple[str, str]]:
    """(subject, text) pairs: consensus evidence and justification of `items` (all when
    empty), then the text fields."""
    chosen = set(items)
    pairs = []
    for answer in a.answers:
        if answer.participant_id is None and (not chosen or answer.item_id in chosen):
            for text in (answer.evidence, answer.justification):
                if text.strip():
                    pairs.append((answer.item_id, text))
    pairs += [(f, _text_field(a, f)) for f in fields if _text_field(a, f)]
    return pairs


def _lines_ending(a: Assessment, within: int) -> list[tuple[Text, FundingLine]]:
    """The funding lines (income, not loans or capital) whose end date falls this year or
    within `within` years: (how to quote it, the line)."""
    found = []
    for line in a.funding_lines:
        if line.ends is None or line.kind in FINANCING_KINDS:
            continue
        if a.date.year <= line.ends.year <= a.date.year + within:
            end = f"{line.ends.month:02d}/{line.ends.year}"
            what = f"{line.funder} — {line.purpose}" if line.purpose else line.funder
            found.append(
                (Text(f"{what} : fin le {end}", f"{what}: ends {end}"), line),
            )
    return found


def funding_secured_while_ending(facts: Facts, params: Mapping[str, Any]) -> list[Hit]:
    """An item rated « funded over several years / secured » while a funding line the team
    declared ends this year (its end date), or a text the team wrote says so."""
    a, q = facts.assessment, facts.questionnaire
    year = a.date.year
    ending = re.compile(str(params["ending"]), re.IGNORECASE)
    within = int(params.get("within_years", 0))
    lines = _lines_ending(a, within)
    if lines:
        return _secured_hits(a, q, params, lines[0][0], from_line=True)
    ends = []
    for subject, text in _team_texts(a, fields=params.get("fields", ())):
        for match in ending.finditer(text):
            if year <= int(match.group("year")) <= year + within:
                ends.append((subject, match.group(0)))
    if not ends:
        return []
    return _secured_hits(a, q, params, Text(ends[0][1], ends[0][1]), from_line=False)


def _secured_hits(
    a: Assessment, q: Questionnaire, params: Mapping[str, Any], quote: Text, from_line: bool
) -> list[Hit]:
    hits = []
    for item_id, at_least in dict(params.get("items", {})).items():
        level = _level(a.consensus(item_id))
        if level is None or level < int(at_least) or not q.has_item(item_id):
            continue
        name = _item_name(q, item_id)
        said = (
            ("vos lignes de financement disent", "your funding lines say")
            if from_line
            else ("vous écrivez", "you wrote")
        )
        hits.append(
            Hit(
                item_id,
                Text(
                    f"{name.fr} est au niveau {level} (financement durable ou sécurisé) alors "
                    f"que {said[0]} : « {quote.fr} ».",
                    f"{name.en} is at level {level} (lasting or secure funding) while "
                    f"{said[1]}: “{quote.en}”.",
                ),
            )
        )
    return hits


def de_minimis_mastered_while_alert(facts: Facts, params: Mapping[str, Any]) -> list[Hit]:
    """« de minimis maîtrisé » (an item's level) while the matrix passes the ceiling."""
    a, q, ind = facts.assessment, facts.questionnaire, facts.indicators
    item_id = str(params["item"])
    level = _level(a.consensus(item_id))
    if ind is None or not ind.de_minimis or level is None or level < int(params["at_least"]):
        return []
    alert = ind.de_minimis[0]
    name = _item_name(q, item_id)
    amount = f"{alert.public_aid_eur:,.0f}".replace(",", " ")
    ceiling = f"{alert.ceiling_eur:,.0f}".replace(",", " ")
    return [
        Hit(
            item_id,
            Text(
                f"{name.fr} est au niveau {level} (cumul de minimis maîtrisé) mais « "
                f"{alert.structure} » a reçu {amount} € d'aides publiques sur 3 ans, au-delà "
                f"du plafond de {ceiling} €.",
                f"{name.en} is at level {level} (de minimis under control) but "
                f"“{alert.structure}” received €{amount} of public aid over 3 years, above the "
                f"€{ceiling} ceiling.",
            ),
        )
    ]


_SENTENCE = re.compile(r"[^.!?;]+")


def own_share_claim_against_matrix(facts: Facts, params: Mapping[str, Any]) -> list[Hit]:
    """A sentence claiming own resources are « more than half » against the matrix's share."""
    a, ind = facts.assessment, facts.indicators
    if ind is None or ind.own_resource_share is None:
        return []
    threshold = float(params.get("threshold", 0.5))
    if ind.own_resource_share >= threshold:
        return []
    claim = re.compile(str(params["claim"]), re.IGNORECASE)
    topic = re.compile(str(params["topic"]), re.IGNORECASE)
    about = set(params.get("items", ()))
    for subject, text in _team_texts(a, fields=params.get("fields", ())):
        for sentence in _SENTENCE.findall(text):
            if claim.search(sentence) and (subject in about or topic.search(sentence)):
                share = round(ind.own_resource_share * 100)
                quote = _short(sentence.strip(), 110)
                return [
                    Hit(
                        subject,
                        Text(
                            f"Vous écrivez « {quote} » mais la matrice des ressources donne "
                            f"{share} % de ressources propres.",
                            f"You wrote “{quote}” but the funding matrix gives {share}% of "
                            "own resources.",
                        ),
                    )
                ]
    return []


# --- completeness ----------------------------------------------------------------------------


def unsettled_consensus(facts: Facts, params: Mapping[str, Any]) -> list[Hit]:
    """Items the participants answered that have no team consensus, or one still to review."""
    a, q = facts.assessment, facts.questionnaire
    open_items = []
    for item in q.items:
        c = a.consensus(item.id)
        answered = any(x.answered for x in a.answers_for(item.id))
        if (c is not None and c.to_review) or (answered and (c is None or not c.answered)):
            open_items.append(_number(q, item.id))
    if not open_items:
        return []
    listed = ", ".join(open_items[:12]) + (" …" if len(open_items) > 12 else "")
    n = len(open_items)
    return [
        Hit(
            "",
            Text(
                f"{n} élément(s) sans consensus arrêté ou encore « à revoir » : {listed}.",
                f"{n} item(s) with no settled consensus or still “to review”: {listed}.",
            ),
        )
    ]


def empty_sections(facts: Facts, params: Mapping[str, Any]) -> list[Hit]:
    """Dimensions with no consensus at all, identity or governance left blank, no funding
    matrix, and the text fields the PDF shows on their own (the story)."""
    a, q = facts.assessment, facts.questionnaire
    empty: list[tuple[str, Text]] = []
    for d in q.dimensions:
        if not any((c := a.consensus(i.id)) is not None and c.answered for i in d.items):
            empty.append((d.id, Text(f"dimension {d.number} « {d.title.fr} »", d.title.en)))
    for s in q.field_sections:
        if not any(a.fields.get(f.id) not in (None, "", []) for f in s.fields):
            empty.append((s.id, s.title))
    if not a.structures:
        empty.append(("funding", q.funding.title))
    for field_id in params.get("fields", ()):
        if q.has_field(field_id) and not _text_field(a, field_id):
            empty.append((field_id, q.field(field_id).label))
    return [
        Hit(
            subject,
            Text(f"Partie vide : {title.fr}.", f"Empty section: {title.en}."),
        )
        for subject, title in empty
    ]


def draft_state(facts: Facts, params: Mapping[str, Any]) -> list[Hit]:
    """The assessment is still a draft: the PDF says « diagnostic en cours »."""
    if facts.assessment.status != STATUS_DRAFT:
        return []
    return [
        Hit(
            "",
            Text(
                "Le diagnostic est encore « en cours » : le PDF le dira sur sa couverture.",
                "The diagnosis is still “in progress”: the PDF will say so on its cover.",
            ),
        )
    ]


# --- the team's objectives of result (issue 17) --------------------------------------------


def _objective_hits(
    facts: Facts, doubt: Callable[[Objective], bool], fr: str, en: str
) -> list[Hit]:
    """A hit per objective `doubt` picks, its detail « L'objectif « titre » {fr} »."""
    year = facts.assessment.date.year
    return [
        Hit(
            o.uid,
            Text(
                f"L'objectif « {_short(o.title)} » {fr.format(year=year)}",
                f"The objective “{_short(o.title)}” {en.format(year=year)}",
            ),
        )
        for o in facts.assessment.objectives
        if doubt(o)
    ]


def objective_without_reached(facts: Facts, params: Mapping[str, Any]) -> list[Hit]:
    """Objectives with nothing entered as reached this year: the funder reads a blank."""
    return _objective_hits(
        facts,
        lambda o: o.reached is None,
        "n'a pas de valeur atteinte pour {year}.",
        "has no value reached for {year}.",
    )


def objective_without_baseline_or_target(facts: Facts, params: Mapping[str, Any]) -> list[Hit]:
    """Objectives missing their baseline or their target: nothing to read the result against."""
    return _objective_hits(
        facts,
        lambda o: o.baseline is None or o.target is None,
        "n'a pas de valeur de départ ou pas de cible.",
        "has no baseline or no target.",
    )


def objective_far_beyond_target(facts: Facts, params: Mapping[str, Any]) -> list[Hit]:
    """A reached value `ratio` times the target or more, with no comment saying why (a typo
    in the number of digits, or a story worth telling)."""
    ratio = float(params.get("ratio", 3))

    def doubt(o: Objective) -> bool:
        found = target_ratio(o)
        return found is not None and found >= ratio and not o.comment.strip()

    return _objective_hits(
        facts,
        doubt,
        f"est atteint à plus de {ratio:g} fois sa cible, sans commentaire.",
        f"is reached at more than {ratio:g} times its target, with no comment.",
    )


def objective_missed_without_comment(facts: Facts, params: Mapping[str, Any]) -> list[Hit]:
    """Objectives whose date passed without reaching the target, and no word on why."""
    on = facts.assessment.date
    return _objective_hits(
        facts,
        lambda o: status(o, on) == MISSED and not o.comment.strip(),
        "n'est pas atteint à son échéance et rien ne dit pourquoi.",
        "was not reached by its date and nothing says why.",
    )


CHECKS: dict[str, Check] = {
    "top_without_evidence": top_without_evidence,
    "rise_without_new_evidence": rise_without_new_evidence,
    "dimension_at_maximum": dimension_at_maximum,
    "member_count_against_text": member_count_against_text,
    "funding_secured_while_ending": funding_secured_while_ending,
    "de_minimis_mastered_while_alert": de_minimis_mastered_while_alert,
    "own_share_claim_against_matrix": own_share_claim_against_matrix,
    "unsettled_consensus": unsettled_consensus,
    "empty_sections": empty_sections,
    "draft_state": draft_state,
    "objective_without_reached": objective_without_reached,
    "objective_without_baseline_or_target": objective_without_baseline_or_target,
    "objective_far_beyond_target": objective_far_beyond_target,
    "objective_missed_without_comment": objective_missed_without_comment,
}
