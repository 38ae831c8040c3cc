"""The questionnaire as plain frozen dataclasses (see questionnaires/FORMAT.md)."""

from __future__ import annotations

from dataclasses import dataclass, field

from diagapp.domain.law import Law
from diagapp.domain.text import Text

MATURITY_VALUES = (0, 1, 2, 3)


@dataclass(frozen=True)
class Source:
    section: str
    lines: tuple[int, int]

    def cite(self) -> str:
        start, end = self.lines
        where = f"l. {start}" if start == end else f"l. {start}-{end}"
        return f"{self.section}, {where}"


@dataclass(frozen=True)
class Level:
    value: int
    text: Text


@dataclass(frozen=True)
class Option:
    value: str
    text: Text


@dataclass(frozen=True)
class Item:
    """An assessable item of an analysis dimension, answered by each participant."""

    id: str
    section_id: str
    label: Text
    help: Text
    levels: tuple[Level, ...]
    not_applicable: bool
    source: Source

    def level(self, value: int) -> Level:
        return next(level for level in self.levels if level.value == value)


@dataclass(frozen=True)
class Dimension:
    id: str
    number: int
    title: Text
    questions: Text
    source: Source
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Field:
    """A team-level answer: identity card or governance variable."""

    id: str
    section_id: str
    kind: str  # choice | multichoice | text | longtext | year | number | scale | bool
    label: Text
    help: Text
    source: Source
    options: tuple[Option, ...] = ()
    levels: tuple[Level, ...] = ()
    minimum: float | None = None
    maximum: float | None = None

    def option(self, value: str) -> Option | None:
        return next((o for o in self.options if o.value == value), None)


@dataclass(frozen=True)
class FieldSection:
    id: str
    title: Text
    source: Source
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class Resource:
    key: str
    label: Text
    help: Text
    monetary: bool
    own_resource: bool
    source: Source


@dataclass(frozen=True)
class FundingSpec:
    title: Text
    source: Source
    intensity: tuple[Text, ...]  # index = intensity 0..3
    resources: tuple[Resource, ...]
    volunteering_multiples: tuple[int, ...]
    law: Law  # the dated figures of law: SMIC, de minimis (questionnaires/law.yaml)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(r.key for r in self.resources)


@dataclass(frozen=True)
class Questionnaire:
    family: str
    version: int
    title: Text
    report: Text
    maturity_labels: tuple[Text, ...]
    section_order: tuple[str, ...]
    dimensions: tuple[Dimension, ...]
    field_sections: tuple[FieldSection, ...]
    funding: FundingSpec
    _items: dict[str, Item] = field(default_factory=dict, repr=False, compare=False)
    _fields: dict[str, Field] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._items.update({i.id: i for d in self.dimensions for i in d.items})
        self._fields.update({f.id: f for s in self.field_sections for f in s.fields})

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(i for d in self.dimensions for i in d.items)

    @property
    def fields(self) -> tuple[Field, ...]:
        return tuple(f for s in self.field_sections for f in s.fields)

    def item(self, item_id: str) -> Item:
        return self._items[item_id]

    def has_item(self, item_id: str) -> bool:
        return item_id in self._items

    def field(self, field_id: str) -> Field:
        return self._fields[field_id]

    def has_field(self, field_id: str) -> bool:
        return field_id in self._fields

    def dimension(self, dimension_id: str) -> Dimension:
        return next(d for d in self.dimensions if d.id == dimension_id)

    def field_section(self, section_id: str) -> FieldSection:
        return next(s for s in self.field_sections if s.id == section_id)
