"""Load and validate a questionnaire folder (questionnaires/v<N>/, see FORMAT.md)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from diagapp.domain.errors import DataFileError, QuestionnaireError
from diagapp.domain.law import LAW_FILE, Law, load_law
from diagapp.domain.questionnaire import (
    MATURITY_VALUES,
    Dimension,
    Field,
    FieldSection,
    FundingSpec,
    Item,
    Level,
    Option,
    Questionnaire,
    Resource,
    Source,
)
from diagapp.domain.text import LANGUAGES, Text
from diagapp.domain.yamlio import read_yaml

FIELD_KINDS = {"choice", "multichoice", "text", "longtext", "year", "number", "scale", "bool"}
ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*\.[a-z0-9_]+$")
SECTION_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,40}$")  # also a file name: keep it plain
DIMENSION_COUNT = 5
REPORT_LINES = 1923


class _Ctx:
    """Where we are, for error messages."""

    def __init__(self, file: Path) -> None:
        self.file = file.name if file.parent.name == "" else f"{file.parent.name}/{file.name}"
        self.where = ""

    def fail(self, what: str) -> QuestionnaireError:
        return QuestionnaireError(self.file, self.where, what)


def _get(ctx: _Ctx, data: Mapping[str, Any], key: str, kind: type | tuple[type, ...]) -> Any:
    if not isinstance(data, Mapping):
        raise ctx.fail("un dictionnaire est attendu")
    if key not in data:
        raise ctx.fail(f"champ « {key} » manquant")
    value = data[key]
    if isinstance(value, bool) and kind in (int, float, (int, float)):
        raise ctx.fail(f"champ « {key} » : nombre attendu")
    if not isinstance(value, kind):
        raise ctx.fail(f"champ « {key} » : type incorrect")
    return value


def _has_levels(mapping: Mapping[Any, Any]) -> bool:
    """Keys are exactly the levels 0..3 (keys of any type may come from a bad file)."""
    return len(mapping) == len(MATURITY_VALUES) and all(
        isinstance(k, int) and not isinstance(k, bool) and k in MATURITY_VALUES for k in mapping
    )


def _text(ctx: _Ctx, value: Any, what: str) -> Text:
    if not isinstance(value, Mapping):
        raise ctx.fail(f"« {what} » doit donner le texte en français et en anglais (fr, en)")
    for lang in LANGUAGES:
        text = value.get(lang)
        if not isinstance(text, str) or not text.strip():
            raise ctx.fail(f"« {what} » : texte « {lang} » manquant ou vide")
    return Text(fr=value["fr"].strip(), en=value["en"].strip())


def _source(ctx: _Ctx, data: Mapping[str, Any]) -> Source:
    raw = _get(ctx, data, "source", Mapping)
    section = raw.get("section")
    lines = raw.get("lines")
    if not isinstance(section, str) or not section.strip():
        raise ctx.fail("source : section du rapport manquante")
    if (
        not isinstance(lines, list)
        or len(lines) != 2
        or not all(isinstance(n, int) and not isinstance(n, bool) for n in lines)
        or not 1 <= lines[0] <= lines[1] <= REPORT_LINES
    ):
        raise ctx.fail(f"source : « lines » doit être [début, fin] entre 1 et {REPORT_LINES}")
    return Source(section=section.strip(), lines=(lines[0], lines[1]))


def _levels(ctx: _Ctx, raw: Any) -> tuple[Level, ...]:
    if not isinstance(raw, list):
        raise ctx.fail("« levels » doit être une liste de 4 niveaux (0 à 3)")
    levels = []
    for entry in raw:
        if not isinstance(entry, Mapping):
            raise ctx.fail("niveau mal formé")
        value = entry.get("value")
        if not isinstance(value, int) or isinstance(value, bool):
            raise ctx.fail(f"niveau sans valeur entière : {value!r}")
        levels.append(Level(value=value, text=_text(ctx, entry, f"niveau {value}")))
    values = tuple(level.value for level in levels)
    if values != MATURITY_VALUES:
        raise ctx.fail(
            f"échelle incomplète : niveaux {list(values)}, attendu {list(MATURITY_VALUES)}"
        )
    return tuple(levels)


def _check_id(ctx: _Ctx, item_id: Any, section_id: str, seen: set[str]) -> str:
    if not isinstance(item_id, str) or not ID_PATTERN.match(item_id):
        raise ctx.fail(f"identifiant invalide : {item_id!r}")
    if not item_id.startswith(section_id + "."):
        raise ctx.fail(f"l'identifiant doit commencer par « {section_id}. »")
    if item_id in seen:
        raise ctx.fail("identifiant en double")
    seen.add(item_id)
    return item_id


def _dimension(ctx: _Ctx, data: Mapping[str, Any], seen: set[str]) -> Dimension:
    section_id = _get(ctx, data, "id", str)
    number = _get(ctx, data, "number", int)
    if not 1 <= number <= DIMENSION_COUNT:
        raise ctx.fail(f"numéro de dimension hors de 1 à {DIMENSION_COUNT}")
    title = _text(ctx, data.get("title"), "title")
    questions = _text(ctx, data.get("questions"), "questions")
    source = _source(ctx, data)
    items = []
    raw_items = _get(ctx, data, "items", list)
    for index, raw in enumerate(raw_items):
        ctx.where = f"élément n° {index + 1}"
        if not isinstance(raw, Mapping):
            raise ctx.fail("élément mal formé")
        ctx.where = f"élément {raw.get('id', index + 1)}"
        item_id = _check_id(ctx, raw.get("id"), section_id, seen)
        not_applicable = raw.get("not_applicable", False)
        if not isinstance(not_applicable, bool):
            raise ctx.fail("« not_applicable » doit valoir true ou false")
        items.append(
            Item(
                id=item_id,
                section_id=section_id,
                label=_text(ctx, raw.get("label"), "label"),
                help=_text(ctx, raw.get("help"), "help"),
                levels=_levels(ctx, raw.get("levels")),
                not_applicable=not_applicable,
                source=_source(ctx, raw),
            )
        )
    ctx.where = ""
    if len(items) < 8:
        raise ctx.fail(f"{len(items)} éléments ; une dimension en demande au moins 8")
    return Dimension(section_id, number, title, questions, source, tuple(items))


def _field(ctx: _Ctx, raw: Any, section_id: str, seen: set[str]) -> Field:
    if not isinstance(raw, Mapping):
        raise ctx.fail("champ mal formé")
    ctx.where = f"champ {raw.get('id', '?')}"
    field_id = _check_id(ctx, raw.get("id"), section_id, seen)
    kind = raw.get("kind")
    if not isinstance(kind, str) or kind not in FIELD_KINDS:
        raise ctx.fail(f"type de champ inconnu : {kind!r}")
    options: tuple[Option, ...] = ()
    levels: tuple[Level, ...] = ()
    if kind in ("choice", "multichoice"):
        raw_options = _get(ctx, raw, "options", list)
        options = tuple(
            Option(value=str(o.get("value")), text=_text(ctx, o, f"option {o.get('value')}"))
            for o in raw_options
            if isinstance(o, Mapping)
        )
        values = [o.value for o in options]
        if len(options) < 2 or len(options) != len(raw_options):
            raise ctx.fail("au moins deux options bien formées sont attendues")
        if len(set(values)) != len(values):
            raise ctx.fail("option en double")
    if kind == "scale":
        levels = _levels(ctx, raw.get("levels"))
    bounds = [raw.get("min"), raw.get("max")]
    for bound in bounds:
        if bound is not None and (isinstance(bound, bool) or not isinstance(bound, (int, float))):
            raise ctx.fail("« min » et « max » doivent être des nombres")
    return Field(
        id=field_id,
        section_id=section_id,
        kind=kind,
        label=_text(ctx, raw.get("label"), "label"),
        help=_text(ctx, raw.get("help"), "help"),
        source=_source(ctx, raw),
        options=options,
        levels=levels,
        minimum=bounds[0],
        maximum=bounds[1],
    )


def _field_section(ctx: _Ctx, data: Mapping[str, Any], seen: set[str]) -> FieldSection:
    section_id = _get(ctx, data, "id", str)
    title = _text(ctx, data.get("title"), "title")
    source = _source(ctx, data)
    fields = tuple(_field(ctx, raw, section_id, seen) for raw in _get(ctx, data, "fields", list))
    ctx.where = ""
    return FieldSection(section_id, title, source, fields)


def _funding(ctx: _Ctx, data: Mapping[str, Any], law: Law) -> FundingSpec:
    raw_intensity = _get(ctx, data, "intensity", Mapping)
    if not _has_levels(raw_intensity):
        raise ctx.fail("« intensity » doit définir les niveaux 0 à 3")
    intensity = tuple(_text(ctx, raw_intensity[v], f"intensité {v}") for v in MATURITY_VALUES)
    resources = []
    for raw in _get(ctx, data, "resources", list):
        ctx.where = f"ressource {raw.get('key', '?') if isinstance(raw, Mapping) else '?'}"
        key = _get(ctx, raw, "key", str)
        resources.append(
            Resource(
                key=key,
                label=_text(ctx, raw.get("label"), "label"),
                help=_text(ctx, raw.get("help"), "help"),
                monetary=_get(ctx, raw, "monetary", bool),
                own_resource=_get(ctx, raw, "own_resource", bool),
                source=_source(ctx, raw),
            )
        )
    keys = [r.key for r in resources]
    if len(set(keys)) != len(keys):
        raise ctx.fail("clé de ressource en double")
    ctx.where = "volunteering"
    volunteering = _get(ctx, data, "volunteering", Mapping)
    ctx.where = ""
    return FundingSpec(
        title=_text(ctx, data.get("title"), "title"),
        source=_source(ctx, data),
        intensity=intensity,
        resources=tuple(resources),
        volunteering_multiples=tuple(_get(ctx, volunteering, "multiples", list)),
        law=law,
    )


def _law(folder: Path) -> Law:
    try:
        return load_law(folder.parent / LAW_FILE)
    except DataFileError as exc:
        raise QuestionnaireError(exc.file, exc.where, exc.what) from None


def load_questionnaire(folder: Path) -> Questionnaire:
    """Read and validate every file of a questionnaire version; raise QuestionnaireError.

    The dated figures of law its funding section uses are read from `law.yaml` beside the
    version folders (one file for every version: the law does not depend on the grid)."""
    meta_path = folder / "meta.yaml"
    ctx = _Ctx(meta_path)
    meta = read_yaml(meta_path, QuestionnaireError)
    family = _get(ctx, meta, "family", str)
    version = _get(ctx, meta, "version", int)
    if folder.name != f"v{version}":
        raise ctx.fail(f"la version {version} ne correspond pas au dossier {folder.name}")
    raw_labels = _get(ctx, meta, "maturity_labels", Mapping)
    if not _has_levels(raw_labels):
        raise ctx.fail("« maturity_labels » doit définir les niveaux 0 à 3")
    labels = tuple(_text(ctx, raw_labels[v], f"niveau {v}") for v in MATURITY_VALUES)
    order = tuple(_get(ctx, meta, "sections", list))
    for section_id in order:
        if not isinstance(section_id, str) or not SECTION_PATTERN.match(section_id):
            raise ctx.fail(f"nom de section invalide : {section_id!r}")
    dimensions: list[Dimension] = []
    field_sections: list[FieldSection] = []
    funding: FundingSpec | None = None
    seen: set[str] = set()
    for section_id in order:
        path = folder / f"{section_id}.yaml"
        ctx = _Ctx(path)
        if not path.exists():
            raise ctx.fail("fichier de section manquant")
        data = read_yaml(path, QuestionnaireError)
        if not isinstance(data, Mapping):
            raise ctx.fail("le fichier doit contenir un dictionnaire")
        if data.get("id") != section_id:
            raise ctx.fail(f"« id » doit valoir {section_id!r}")
        kind = data.get("kind")
        if kind == "dimension":
            dimensions.append(_dimension(ctx, data, seen))
        elif kind == "fields":
            field_sections.append(_field_section(ctx, data, seen))
        elif kind == "funding":
            funding = _funding(ctx, data, _law(folder))
        else:
            raise ctx.fail(f"type de section inconnu : {kind!r}")
    ctx = _Ctx(meta_path)
    numbers = sorted(d.number for d in dimensions)
    if numbers != list(range(1, DIMENSION_COUNT + 1)):
        raise ctx.fail(f"les dimensions 1 à {DIMENSION_COUNT} sont attendues, trouvé {numbers}")
    if funding is None:
        raise ctx.fail("section de financement manquante")
    return Questionnaire(
        family=family,
        version=version,
        title=_text(ctx, meta.get("title"), "title"),
        report=_text(ctx, meta.get("report"), "report"),
        maturity_labels=labels,
        section_order=order,
        dimensions=tuple(sorted(dimensions, key=lambda d: d.number)),
        field_sections=tuple(field_sections),
        funding=funding,
    )


def version_folders(root: Path) -> list[Path]:
    return sorted(
        (p for p in root.glob("v*") if p.is_dir() and p.name[1:].isdigit()),
        key=lambda p: int(p.name[1:]),
    )


@cache
def load_version(root: Path, version: int) -> Questionnaire:
    folder = root / f"v{version}"
    if not folder.is_dir():
        raise QuestionnaireError(str(folder.name), "", "version de questionnaire inconnue")
    return load_questionnaire(folder)


def latest_version(root: Path) -> int:
    folders = version_folders(root)
    if not folders:
        raise QuestionnaireError(str(root), "", "aucun questionnaire trouvé")
    return int(folders[-1].name[1:])
