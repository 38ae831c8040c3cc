"""How the item ids of one questionnaire version map onto a later one.

`questionnaires/mappings/v<A>-v<B>.yaml` declares the items of version A that were renamed,
split or dropped in version B (see FORMAT.md, last section); every other item of A keeps its
id. `merged` names the questions A asked twice and B asks once: the dropped one's answer feeds
the kept one where A's year left it unanswered. The file is validated against both
questionnaires when it is loaded.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from diagapp.domain.errors import QuestionnaireError
from diagapp.domain.model import CONSENSUS, Answer, Assessment
from diagapp.domain.questionnaire import Questionnaire
from diagapp.domain.questionnaire_loader import load_version, version_folders
from diagapp.domain.text import LANGUAGES, Text
from diagapp.domain.yamlio import read_yaml

SAME = "same"
RENAMED = "renamed"
SPLIT = "split"
DROPPED = "dropped"
NEW = "new"

_KEYS = {"from", "to", "renamed", "split", "dropped", "merged", "notes"}


@dataclass(frozen=True)
class Merge:
    """A question of the older version that the newer one asks through another question.

    `values` converts a choice's options (an option left out has no counterpart: the kept
    question is asked again); a scale's levels are carried as they are."""

    dropped: str  # a team-level field of the older version
    into: str  # a field or an item of both versions
    values: Mapping[str, str] | None = None
    into_item: bool = False  # True: a scale item, fed as the team's consensus


@dataclass(frozen=True)
class VersionMapping:
    """Item ids of version `older` as they became in version `newer`."""

    older: int
    newer: int
    renamed: Mapping[str, str] = field(default_factory=dict)  # old id -> new id
    split: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # old id -> new ids
    dropped: tuple[str, ...] = ()
    merged: Mapping[str, Merge] = field(default_factory=dict)  # dropped field id -> merge
    notes: Mapping[str, Text] = field(default_factory=dict)  # old id -> why it changed
    older_ids: frozenset[str] = frozenset()
    newer_ids: frozenset[str] = frozenset()

    def origin(self, new_id: str) -> tuple[str | None, str]:
        """The id in the older version that `new_id` comes from, and how (SAME, RENAMED…)."""
        for old, new in self.renamed.items():
            if new == new_id:
                return old, RENAMED
        for old, parts in self.split.items():
            if new_id in parts:
                return old, SPLIT
        if new_id in self.older_ids:
            return new_id, SAME
        return None, NEW


@dataclass(frozen=True)
class Step:
    """One change met while following an item back from a version to an older one."""

    kind: str  # RENAMED | SPLIT | NEW | DROPPED
    older_id: str | None
    newer_ids: tuple[str, ...]
    older_version: int
    newer_version: int
    note: Text | None = None


def _fail(file: str, where: str, what: str) -> QuestionnaireError:
    return QuestionnaireError(file, where, what)


def _ids(file: str, raw: Any, what: str) -> list[str]:
    if not isinstance(raw, list) or not all(isinstance(i, str) for i in raw):
        raise _fail(file, what, "une liste d'identifiants est attendue")
    return list(raw)


def build_mapping(
    data: Any, older: Questionnaire, newer: Questionnaire, file: str = "mapping"
) -> VersionMapping:
    """Validate the parsed YAML of a mapping against both questionnaires."""
    if not isinstance(data, Mapping):
        raise _fail(file, "", "le fichier doit contenir un dictionnaire")
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise _fail(file, "", f"clé(s) inconnue(s) : {', '.join(map(str, unknown))}")
    if data.get("from") != older.version or data.get("to") != newer.version:
        raise _fail(
            file, "", f"« from » et « to » doivent valoir {older.version} et {newer.version}"
        )
    old_ids = frozenset(i.id for i in older.items)
    new_ids = frozenset(i.id for i in newer.items)
    seen_old: set[str] = set()
    seen_new: set[str] = set()

    def check_old(item_id: str, where: str) -> None:
        if item_id not in old_ids:
            raise _fail(file, where, f"« {item_id} » n'est pas un élément de la v{older.version}")
        if item_id in new_ids:
            raise _fail(file, where, f"« {item_id} » existe encore dans la v{newer.version}")
        if item_id in seen_old:
            raise _fail(file, where, f"« {item_id} » est déclaré deux fois")
        seen_old.add(item_id)

    def check_new(item_id: str, where: str) -> None:
        if item_id not in new_ids:
            raise _fail(file, where, f"« {item_id} » n'est pas un élément de la v{newer.version}")
        if item_id in old_ids:
            raise _fail(file, where, f"« {item_id} » existait déjà dans la v{older.version}")
        if item_id in seen_new:
            raise _fail(file, where, f"« {item_id} » est la cible de deux éléments")
        seen_new.add(item_id)

    raw_renamed = data.get("renamed") or {}
    if not isinstance(raw_renamed, Mapping):
        raise _fail(file, "renamed", "un dictionnaire « ancien id: nouvel id » est attendu")
    renamed: dict[str, str] = {}
    for old, new in raw_renamed.items():
        if not isinstance(old, str) or not isinstance(new, str):
            raise _fail(file, "renamed", "identifiants attendus")
        check_old(old, "renamed")
        check_new(new, "renamed")
        renamed[old] = new
    raw_split = data.get("split") or {}
    if not isinstance(raw_split, Mapping):
        raise _fail(file, "split", "un dictionnaire « ancien id: [nouveaux ids] » est attendu")
    split: dict[str, tuple[str, ...]] = {}
    for old, parts in raw_split.items():
        new_parts = _ids(file, parts, f"split {old}")
        if not isinstance(old, str) or len(new_parts) < 2:
            raise _fail(file, f"split {old}", "un élément se scinde en au moins deux éléments")
        check_old(old, f"split {old}")
        for part in new_parts:
            check_new(part, f"split {old}")
        split[old] = tuple(new_parts)
    dropped = _ids(file, data.get("dropped") or [], "dropped")
    for old in dropped:
        check_old(old, "dropped")
    missing = sorted(old_ids - new_ids - seen_old)
    if missing:
        raise _fail(
            file,
            "",
            f"élément(s) de la v{older.version} absent(s) de la v{newer.version} sans être "
            f"déclaré(s) renamed, split ou dropped : {', '.join(missing)}",
        )
    merged = _merges(file, data.get("merged") or {}, older, newer)
    notes: dict[str, Text] = {}
    raw_notes = data.get("notes") or {}
    if not isinstance(raw_notes, Mapping):
        raise _fail(file, "notes", "un dictionnaire « ancien id: {fr, en} » est attendu")
    for old, text in raw_notes.items():
        if old not in seen_old:
            raise _fail(file, "notes", f"« {old} » n'est ni renommé, ni scindé, ni supprimé")
        if not isinstance(text, Mapping) or not all(
            isinstance(text.get(lang), str) and text[lang].strip() for lang in LANGUAGES
        ):
            raise _fail(file, f"notes {old}", "texte « fr » et « en » attendu")
        notes[old] = Text(fr=text["fr"].strip(), en=text["en"].strip())
    return VersionMapping(
        older=older.version,
        newer=newer.version,
        renamed=renamed,
        split=split,
        dropped=tuple(dropped),
        merged=merged,
        notes=notes,
        older_ids=old_ids,
        newer_ids=new_ids,
    )


def _merges(file: str, raw: Any, older: Questionnaire, newer: Questionnaire) -> dict[str, Merge]:
    if not isinstance(raw, Mapping):
        raise _fail(file, "merged", "un dictionnaire « champ abandonné: {into: …} » est attendu")
    merges: dict[str, Merge] = {}
    for dropped, spec in raw.items():
        where = f"merged {dropped}"
        if not isinstance(spec, Mapping) or set(spec) - {"into", "values"} or "into" not in spec:
            raise _fail(file, where, "« into » (et « values » pour un choix) attendus")
        into = spec["into"]
        if not older.has_field(str(dropped)) or newer.has_field(str(dropped)):
            raise _fail(
                file,
                where,
                f"« {dropped} » doit être un champ de la v{older.version} absent de la "
                f"v{newer.version}",
            )
        if not all(
            isinstance(into, str) and (q.has_field(into) or q.has_item(into))
            for q in (older, newer)
        ):
            raise _fail(
                file, where, f"« {into} » doit être posé en v{older.version} et v{newer.version}"
            )
        kind = older.field(str(dropped)).kind
        values = spec.get("values")
        if kind == "choice":
            if not isinstance(values, Mapping) or not newer.has_field(into):
                raise _fail(file, where, "un choix se verse dans un choix, avec « values »")
            target = newer.field(into)
            for old, new in values.items():
                if (
                    older.field(str(dropped)).option(str(old)) is None
                    or target.option(str(new)) is None
                ):
                    raise _fail(file, where, f"option inconnue : {old} → {new}")
        elif kind != "scale" or values is not None:
            raise _fail(file, where, "seuls un choix ou une échelle peuvent être versés")
        merges[str(dropped)] = Merge(
            str(dropped),
            into,
            None if values is None else {str(k): str(v) for k, v in values.items()},
            into_item=newer.has_item(into),
        )
    return merges


def carry_merged(assessment: Assessment, chain: Sequence[VersionMapping]) -> Assessment:
    """The assessment with each question asked once in a later version answered from its
    dropped twin, where the assessment's own version left the kept question unanswered.

    A field gets the converted option; an item gets the team's consensus at the same level."""
    fields = dict(assessment.fields)
    added: list[Answer] = []
    for mapping in sorted(chain, key=lambda m: m.older):
        if mapping.older < assessment.questionnaire_version:
            continue
        for merge in mapping.merged.values():
            value = fields.get(merge.dropped)
            if merge.values is not None:
                value = merge.values.get(str(value)) if value is not None else None
            if value is None or isinstance(value, bool):
                continue
            if not merge.into_item:
                if fields.get(merge.into) in (None, ""):
                    fields[merge.into] = value
                continue
            consensus = assessment.consensus(merge.into)
            if isinstance(value, int) and (consensus is None or not consensus.answered):
                added.append(Answer(merge.into, CONSENSUS, value))
    if not added and fields == dict(assessment.fields):
        return assessment
    kept = tuple(
        a
        for a in assessment.answers
        if not any(a.item_id == n.item_id and a.participant_id is CONSENSUS for n in added)
    )
    return replace(assessment, fields=fields, answers=kept + tuple(added))


def mapping_path(root: Path, older: int, newer: int) -> Path:
    return root / "mappings" / f"v{older}-v{newer}.yaml"


@cache
def load_mapping(root: Path, older: int, newer: int) -> VersionMapping:
    """The validated mapping from version `older` to version `newer` (cached per root)."""
    path = mapping_path(root, older, newer)
    file = f"mappings/{path.name}"
    if not path.exists():
        raise _fail(
            file,
            "",
            f"aucune correspondance déclarée entre les versions {older} et {newer} du "
            "questionnaire : impossible de les comparer",
        )
    data = read_yaml(path, QuestionnaireError)
    return build_mapping(data, load_version(root, older), load_version(root, newer), file)


def load_chain(root: Path, older: int, newer: int) -> tuple[VersionMapping, ...]:
    """Mappings leading from `older` to `newer`: a direct file, else one per shipped version."""
    if older == newer:
        return ()
    if mapping_path(root, older, newer).exists():
        return (load_mapping(root, older, newer),)
    versions = [int(p.name[1:]) for p in version_folders(root) if older <= int(p.name[1:]) <= newer]
    return tuple(load_mapping(root, a, b) for a, b in pairwise(versions))


def trace_back(
    chain: Sequence[VersionMapping], item_id: str, version: int, target: int
) -> tuple[str | None, tuple[Step, ...]]:
    """The id that item `item_id` of `version` had in the older version `target`.

    Returns (None, steps) when the item did not exist yet in `target`. `chain` holds
    consecutive mappings covering the versions in between.
    """
    current: str | None = item_id
    steps: list[Step] = []
    for mapping in sorted(chain, key=lambda m: m.newer, reverse=True):
        if current is None or mapping.newer > version or mapping.older < target:
            continue
        older_id, kind = mapping.origin(current)
        if kind == SPLIT and older_id is not None:
            parts = mapping.split[older_id]
            steps.append(
                Step(
                    SPLIT,
                    older_id,
                    parts,
                    mapping.older,
                    mapping.newer,
                    mapping.notes.get(older_id),
                )
            )
        elif kind == RENAMED and older_id is not None:
            steps.append(
                Step(
                    RENAMED,
                    older_id,
                    (current,),
                    mapping.older,
                    mapping.newer,
                    mapping.notes.get(older_id),
                )
            )
        elif kind == NEW:
            steps.append(Step(NEW, None, (current,), mapping.older, mapping.newer))
        current = older_id
    return current, tuple(steps)


def dropped_after(chain: Sequence[VersionMapping]) -> list[tuple[str, VersionMapping]]:
    """(id, mapping) for every item a mapping of the chain drops, oldest version first."""
    return [(item_id, m) for m in sorted(chain, key=lambda m: m.older) for item_id in m.dropped]
