"""Load and validate questionnaires/recommendations.yaml (format: questionnaires/FORMAT.md).

Every trigger is checked against the questionnaire: an unknown item, field, option, indicator,
resource or dimension is refused with a message naming the file, the entry and the problem.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from diagapp.domain.errors import DataFileError
from diagapp.domain.questionnaire import Questionnaire, Source
from diagapp.domain.questionnaire_loader import REPORT_LINES
from diagapp.domain.recommendation_checks import (
    DIMENSION_OPS,
    FIELD_OPS,
    FUNDING_OPS,
    INDICATORS,
    ITEM_OPS,
    RESOURCE_OPS,
    Condition,
)
from diagapp.domain.recommendations import (
    AUDIENCES,
    GROUPS,
    AllOf,
    AnyOf,
    Catalog,
    Recommendation,
    Target,
    Trigger,
)
from diagapp.domain.text import LANGUAGES, Text
from diagapp.domain.yamlio import read_yaml

ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
ENTRY_KEYS = {
    "id",
    "group",
    "audience",
    "title",
    "text",
    "source",
    "also",
    "emphasis",
    "addresses",
    "when",
}
TOP_KEYS = {"version", "title", "note", "short_names", "twins", "shared_conditions", "entries"}
SUBJECTS = ("item", "field", "funding", "resource", "dimension", "phase", "always")
SHARED = "same_as"  # {same_as: name}: a condition written once under shared_conditions
MODIFIERS = ("if_unknown", "in_why")
EMPHASIS = (1, 2, 3)


class CatalogError(DataFileError):
    """The recommendation catalog does not follow its format."""


class _Ctx:
    def __init__(self, name: str, questionnaire: Questionnaire) -> None:
        self.name, self.q, self.where = name, questionnaire, ""
        self.shared: dict[str, Trigger] = {}

    def fail(self, what: str) -> CatalogError:
        return CatalogError(self.name, self.where, what)


def _unknown_keys(raw: Mapping[Any, Any], known: set[str]) -> str | None:
    """The first key (in text order) that is not a known one; keys may be of any type."""
    extra = sorted(str(k) for k in raw if not isinstance(k, str) or k not in known)
    return extra[0] if extra else None


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _text(ctx: _Ctx, value: Any, what: str) -> Text:
    if not isinstance(value, Mapping):
        raise ctx.fail(f"« {what} » doit donner le texte en français et en anglais (fr, en)")
    for lang in LANGUAGES:
        text = value.get(lang)
        if not isinstance(text, str) or not text.strip():
            raise ctx.fail(f"« {what} » : texte « {lang} » manquant ou vide")
    return Text(value["fr"].strip(), value["en"].strip())


def _source(ctx: _Ctx, raw: Any, what: str = "source") -> Source:
    if not isinstance(raw, Mapping):
        raise ctx.fail(f"{what} : {{section: …, lines: [début, fin]}} attendu")
    section, lines = raw.get("section"), raw.get("lines")
    if not isinstance(section, str) or not section.strip():
        raise ctx.fail(f"{what} : section du rapport manquante")
    if (
        not isinstance(lines, list)
        or len(lines) != 2
        or not all(_is_int(n) for n in lines)
        or not 1 <= lines[0] <= lines[1] <= REPORT_LINES
    ):
        raise ctx.fail(f"{what} : « lines » doit être [début, fin] entre 1 et {REPORT_LINES}")
    return Source(section.strip(), (lines[0], lines[1]))


# --- triggers --------------------------------------------------------------------------------


def _level(ctx: _Ctx, value: Any, path: str, low: int = 0) -> int:
    if not _is_int(value) or not low <= value <= 3:
        raise ctx.fail(f"{path} : niveau entier de {low} à 3 attendu, pas {value!r}")
    return int(value)


def _option(ctx: _Ctx, field_id: str, value: Any, path: str) -> str:
    field = ctx.q.field(field_id)
    if not isinstance(value, str) or field.option(value) is None:
        known = ", ".join(o.value for o in field.options)
        raise ctx.fail(f"{path} : option inconnue {value!r} pour {field_id} (connues : {known})")
    return value


def _options(ctx: _Ctx, field_id: str, value: Any, path: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise ctx.fail(f"{path} : liste d'options attendue")
    return tuple(_option(ctx, field_id, v, path) for v in value)


def _operator(ctx: _Ctx, raw: Mapping[str, Any], allowed: tuple[str, ...], path: str) -> str:
    ops = [k for k in raw if k not in SUBJECTS and k not in MODIFIERS]
    if len(ops) != 1 or ops[0] not in allowed:
        found = ", ".join(str(k) for k in ops) or "aucun"
        raise ctx.fail(
            f"{path} : un opérateur parmi {', '.join(allowed)} est attendu (trouvé : {found})"
        )
    return ops[0]


def _field_condition(ctx: _Ctx, raw: Mapping[str, Any], path: str) -> tuple[str, str, Any]:
    field_id = raw["field"]
    if not isinstance(field_id, str) or not ctx.q.has_field(field_id):
        raise ctx.fail(f"{path} : champ inconnu du questionnaire {field_id!r}")
    field = ctx.q.field(field_id)
    op = _operator(ctx, raw, FIELD_OPS[field.kind], f"{path} ({field_id}, {field.kind})")
    value = raw[op]
    if op == "empty":
        if not isinstance(value, bool):
            raise ctx.fail(f"{path} : « empty » vaut true ou false")
    elif op in ("is", "is_not") and field.kind == "choice":
        value = _option(ctx, field_id, value, path)
    elif op == "is" and field.kind == "bool":
        if not isinstance(value, bool):
            raise ctx.fail(f"{path} : {field_id} vaut true ou false")
    elif field.kind == "scale":
        value = _level(ctx, value, path)
    elif op in ("in", "not_in", "includes_any"):
        value = _options(ctx, field_id, value, path)
    elif op in ("includes", "excludes"):
        value = _option(ctx, field_id, value, path)
    else:  # at_most / at_least on a number or a year
        low = field.minimum if field.minimum is not None else float("-inf")
        high = field.maximum if field.maximum is not None else float("inf")
        if not _is_number(value) or not low <= value <= high:
            raise ctx.fail(f"{path} : nombre attendu pour {field_id}, pas {value!r}")
    return field_id, op, value


def _condition(ctx: _Ctx, raw: Mapping[str, Any], path: str) -> Condition:
    subjects = [k for k in SUBJECTS if k in raw]
    if len(subjects) != 1:
        raise ctx.fail(
            f"{path} : une condition porte sur une seule chose parmi {', '.join(SUBJECTS)}, "
            "ou combine des conditions avec all / any"
        )
    kind = subjects[0]
    unknown = raw.get("if_unknown", "not_met")
    if unknown not in ("met", "not_met"):
        raise ctx.fail(f"{path} : « if_unknown » vaut met ou not_met")
    if_unknown = unknown == "met"
    in_why = raw.get("in_why", True)
    if not isinstance(in_why, bool):
        raise ctx.fail(f"{path} : « in_why » vaut true ou false")
    condition = _leaf(ctx, raw, kind, path, if_unknown)
    return replace(condition, in_why=in_why)


def _leaf(ctx: _Ctx, raw: Mapping[str, Any], kind: str, path: str, if_unknown: bool) -> Condition:
    subject = raw[kind]
    value: Any
    if kind == "always":
        if subject is not True or len(raw) != 1:
            raise ctx.fail(f"{path} : « always » s'écrit seul : {{always: true}}")
        return Condition("always", "", "always", True)
    if kind == "phase":
        if len(raw) != 1 + sum(1 for m in MODIFIERS if m in raw):
            raise ctx.fail(f"{path} : « phase » s'écrit seul : {{phase: <option>}}")
        value = _option(ctx, "identity.phase", subject, path)
        return Condition("field", "identity.phase", "is", value, if_unknown)
    if kind == "field":
        field_id, op, value = _field_condition(ctx, raw, path)
        return Condition("field", field_id, op, value, if_unknown)
    if kind == "item":
        if not isinstance(subject, str) or not ctx.q.has_item(subject):
            raise ctx.fail(f"{path} : élément inconnu du questionnaire {subject!r}")
        op = _operator(ctx, raw, ITEM_OPS, f"{path} ({subject})")
        if op.startswith("mean_"):
            if not _is_number(raw[op]) or not 0 <= raw[op] <= 3:
                raise ctx.fail(f"{path} : moyenne de 0 à 3 attendue, pas {raw[op]!r}")
            value = float(raw[op])
        else:
            value = _level(ctx, raw[op], path, 1 if op.startswith("disagreement") else 0)
        return Condition("item", subject, op, value, if_unknown)
    if kind == "funding":
        if not isinstance(subject, str) or subject not in INDICATORS:
            known = ", ".join(INDICATORS)
            raise ctx.fail(f"{path} : indicateur inconnu {subject!r} (connus : {known})")
        op = _operator(ctx, raw, FUNDING_OPS, f"{path} ({subject})")
        value = raw[op]
        high = 1.0 if INDICATORS[subject].unit in ("share", "index") else float("inf")
        if not _is_number(value) or not 0 <= value <= high:
            raise ctx.fail(f"{path} : valeur hors bornes pour {subject} : {value!r}")
        return Condition("funding", subject, op, float(value), if_unknown)
    if kind == "resource":
        if not isinstance(subject, str) or subject not in ctx.q.funding.keys:
            known = ", ".join(ctx.q.funding.keys)
            raise ctx.fail(f"{path} : ressource inconnue {subject!r} (connues : {known})")
        op = _operator(ctx, raw, RESOURCE_OPS, f"{path} ({subject})")
        return Condition("resource", subject, op, _level(ctx, raw[op], path), if_unknown)
    # dimension
    if not isinstance(subject, str) or subject not in {d.id for d in ctx.q.dimensions}:
        raise ctx.fail(f"{path} : dimension inconnue {subject!r}")
    op = _operator(ctx, raw, DIMENSION_OPS, f"{path} ({subject})")
    if op == "disagreement_at_least":
        return Condition("dimension", subject, op, _level(ctx, raw[op], path, 1), if_unknown)
    if not _is_number(raw[op]) or not 0 <= raw[op] <= 3:
        raise ctx.fail(f"{path} : score de 0 à 3 attendu, pas {raw[op]!r}")
    return Condition("dimension", subject, op, float(raw[op]), if_unknown)


def _trigger(ctx: _Ctx, raw: Any, path: str) -> Trigger:
    if not isinstance(raw, Mapping) or not raw:
        raise ctx.fail(f"{path} : une condition (dictionnaire) est attendue")
    if SHARED in raw:
        name = raw[SHARED]
        if len(raw) != 1 or not isinstance(name, str) or name not in ctx.shared:
            known = ", ".join(ctx.shared) or "aucune"
            raise ctx.fail(f"{path} : condition partagée inconnue {name!r} (connues : {known})")
        return ctx.shared[name]
    for mode in ("all", "any"):
        if mode in raw:
            parts = raw[mode]
            if len(raw) != 1:
                raise ctx.fail(f"{path} : « {mode} » doit être seul dans sa condition")
            if not isinstance(parts, list) or not parts:
                raise ctx.fail(f"{path} : « {mode} » attend une liste de conditions")
            built = tuple(
                _trigger(ctx, p, f"{path} → {mode}[{n + 1}]") for n, p in enumerate(parts)
            )
            return AllOf(built) if mode == "all" else AnyOf(built)
    return _condition(ctx, raw, path)


# --- entries ---------------------------------------------------------------------------------


def _target(ctx: _Ctx, raw: Any) -> Target:
    if not isinstance(raw, Mapping) or "level" not in raw:
        raise ctx.fail("« addresses » : {items: […], level: N} (ou field / dimension) attendu")
    extra = _unknown_keys(raw, {"items", "field", "dimension", "level"})
    if extra:
        raise ctx.fail(f"« addresses » : clé inconnue {extra!r}")
    items = raw.get("items", [])
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise ctx.fail("« addresses » : « items » doit être une liste d'éléments")
    for item_id in items:
        if not ctx.q.has_item(item_id):
            raise ctx.fail(f"« addresses » : élément inconnu du questionnaire {item_id!r}")
    field_id, dimension = raw.get("field"), raw.get("dimension")
    if field_id is not None and (
        not isinstance(field_id, str)
        or not ctx.q.has_field(field_id)
        or ctx.q.field(field_id).kind != "scale"
    ):
        raise ctx.fail(
            f"« addresses » : {field_id!r} n'est pas un champ à échelle du questionnaire"
        )
    if dimension is not None and (
        not isinstance(dimension, str) or dimension not in {d.id for d in ctx.q.dimensions}
    ):
        raise ctx.fail(f"« addresses » : dimension inconnue {dimension!r}")
    if not items and field_id is None and dimension is None:
        raise ctx.fail("« addresses » : indiquez au moins des éléments, un champ ou une dimension")
    level = _level(ctx, raw["level"], "« addresses »")
    return Target(level, tuple(items), field_id, dimension)


def _entry(ctx: _Ctx, raw: Any, index: int, seen: set[str]) -> Recommendation:
    ctx.where = f"entrée n° {index + 1}"
    if not isinstance(raw, Mapping):
        raise ctx.fail("une entrée doit être un dictionnaire")
    entry_id = raw.get("id")
    if not isinstance(entry_id, str) or not ID_PATTERN.match(entry_id):
        raise ctx.fail(f"identifiant invalide {entry_id!r} (ex. : habitants.aller_vers_invisibles)")
    ctx.where = f"entrée « {entry_id} »"
    if entry_id in seen:
        raise ctx.fail("identifiant en double")
    seen.add(entry_id)
    extra = _unknown_keys(raw, ENTRY_KEYS)
    if extra:
        raise ctx.fail(f"champ inconnu « {extra} »")
    missing = [k for k in sorted(ENTRY_KEYS - {"also"}) if k not in raw]
    if missing:
        raise ctx.fail(f"champ « {missing[0]} » manquant")
    if not isinstance(raw["audience"], str) or raw["audience"] not in AUDIENCES:
        raise ctx.fail(
            f"audience inconnue {raw['audience']!r} (attendues : {', '.join(AUDIENCES)})"
        )
    if not isinstance(raw["group"], str) or raw["group"] not in GROUPS:
        raise ctx.fail(f"groupe inconnu {raw['group']!r} (attendus : {', '.join(GROUPS)})")
    if raw["emphasis"] not in EMPHASIS or not _is_int(raw["emphasis"]):
        raise ctx.fail("« emphasis » vaut 1, 2 ou 3")
    also = raw.get("also", [])
    if not isinstance(also, list):
        raise ctx.fail("« also » doit être une liste de sources")
    return Recommendation(
        id=entry_id,
        title=_text(ctx, raw["title"], "title"),
        text=_text(ctx, raw["text"], "text"),
        audience=raw["audience"],
        group=raw["group"],
        source=_source(ctx, raw["source"]),
        emphasis=raw["emphasis"],
        target=_target(ctx, raw["addresses"]),
        when=_trigger(ctx, raw["when"], "when"),
        also=tuple(_source(ctx, s, "also") for s in also),
    )


def parse_catalog(data: Any, name: str, questionnaire: Questionnaire) -> Catalog:
    """Validate parsed YAML `data` (named `name` in errors) against `questionnaire`."""
    ctx = _Ctx(name, questionnaire)
    if not isinstance(data, Mapping):
        raise ctx.fail("le fichier doit contenir un dictionnaire (version, entries…)")
    extra = _unknown_keys(data, TOP_KEYS)
    if extra:
        raise ctx.fail(f"clé inconnue « {extra} » au premier niveau")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ctx.fail("« version » (entier) manquante")
    entries = data.get("entries")
    if not isinstance(entries, list) or not entries:
        raise ctx.fail("liste « entries » manquante ou vide")
    short_names: dict[str, Text] = {}
    raw_names = data.get("short_names") or {}
    if not isinstance(raw_names, Mapping):
        raise ctx.fail("« short_names » doit associer un élément ou un champ à son nom court")
    for key, value in raw_names.items():
        ctx.where = f"short_names « {key} »"
        if not questionnaire.has_item(str(key)) and not questionnaire.has_field(str(key)):
            raise ctx.fail("élément ou champ inconnu du questionnaire")
        short_names[str(key)] = _text(ctx, value, str(key))
    twins = _twins(ctx, data.get("twins") or {})
    _shared_conditions(ctx, data.get("shared_conditions") or {})
    seen: set[str] = set()
    built = tuple(_entry(ctx, raw, n, seen) for n, raw in enumerate(entries))
    return Catalog(version=version, entries=built, short_names=short_names, twins=twins)


def _twins(ctx: _Ctx, raw: Any) -> dict[str, str]:
    """field id → the item asking the same thing ({field: …, item: …, source: …} each)."""
    ctx.where = "twins"
    if not isinstance(raw, Mapping):
        raise ctx.fail("« twins » associe un champ à l'élément qui pose la même question")
    twins: dict[str, str] = {}
    for field_id, spec in raw.items():
        ctx.where = f"twins « {field_id} »"
        if not ctx.q.has_field(str(field_id)):
            raise ctx.fail("champ inconnu du questionnaire")
        if not isinstance(spec, Mapping) or not ctx.q.has_item(str(spec.get("item"))):
            raise ctx.fail("{item: <élément du questionnaire>, source: …} attendu")
        _source(ctx, spec.get("source"))
        twins[str(field_id)] = str(spec["item"])
    return twins


def _shared_conditions(ctx: _Ctx, raw: Any) -> None:
    """Conditions written once ({name: {source: …, when: …}}), used as {same_as: name}."""
    if not isinstance(raw, Mapping):
        raise ctx.fail("« shared_conditions » : {nom: {source: …, when: …}} attendu")
    for name, spec in raw.items():
        ctx.where = f"shared_conditions « {name} »"
        if not isinstance(spec, Mapping) or "when" not in spec:
            raise ctx.fail("{source: …, when: …} attendu")
        _source(ctx, spec.get("source"))
        ctx.shared[str(name)] = _trigger(ctx, spec["when"], "when")


def load_catalog(path: Path, questionnaire: Questionnaire) -> Catalog:
    data = read_yaml(path, CatalogError)
    return parse_catalog(data, path.name, questionnaire)
