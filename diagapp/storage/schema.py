"""ORM tables (SQLAlchemy 2 style). The DDL of each schema version lives in migrations.py."""

from __future__ import annotations

from sqlalchemy import ForeignKey, MetaData, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class DynamicRow(Base):
    __tablename__ = "dynamics"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(unique=True)
    name: Mapped[str]
    created_at: Mapped[str]
    updated_at: Mapped[str]
    assessments: Mapped[list[AssessmentRow]] = relationship(
        back_populates="dynamic", cascade="all, delete-orphan", order_by="AssessmentRow.date"
    )


class AssessmentRow(Base):
    __tablename__ = "assessments"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(unique=True)
    dynamic_id: Mapped[int] = mapped_column(ForeignKey("dynamics.id", ondelete="CASCADE"))
    label: Mapped[str]
    date: Mapped[str]  # ISO date
    questionnaire_version: Mapped[int]
    status: Mapped[str]
    copied_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("assessments.id", ondelete="SET NULL")
    )
    created_at: Mapped[str]
    updated_at: Mapped[str]
    dynamic: Mapped[DynamicRow] = relationship(back_populates="assessments")


class ParticipantRow(Base):
    __tablename__ = "participants"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(unique=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    name: Mapped[str]
    pseudonym: Mapped[str] = mapped_column(default="")
    college: Mapped[str] = mapped_column(default="")
    position: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[str]


class AnswerRow(Base):
    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("participant_id", "item_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    item_id: Mapped[str]
    value: Mapped[int | None]
    not_applicable: Mapped[bool] = mapped_column(default=False)
    evidence: Mapped[str] = mapped_column(default="")
    private_note: Mapped[str] = mapped_column(default="")
    justification: Mapped[str] = mapped_column(default="")
    to_review: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[str]


class ConsensusRow(Base):
    __tablename__ = "consensus"
    __table_args__ = (UniqueConstraint("assessment_id", "item_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    item_id: Mapped[str]
    value: Mapped[int | None]
    not_applicable: Mapped[bool] = mapped_column(default=False)
    evidence: Mapped[str] = mapped_column(default="")
    private_note: Mapped[str] = mapped_column(default="")
    justification: Mapped[str] = mapped_column(default="")
    to_review: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[str]


class FieldValueRow(Base):
    __tablename__ = "field_values"
    __table_args__ = (UniqueConstraint("assessment_id", "field_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    field_id: Mapped[str]
    value_json: Mapped[str]
    updated_at: Mapped[str]


class StructureRow(Base):
    __tablename__ = "structures"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(unique=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    name: Mapped[str]
    legal_status: Mapped[str] = mapped_column(default="")
    position: Mapped[int] = mapped_column(default=0)
    volunteer_hours: Mapped[float | None]
    volunteer_smic_multiple: Mapped[int] = mapped_column(default=1)
    updated_at: Mapped[str]


class FundingCellRow(Base):
    __tablename__ = "funding_cells"
    __table_args__ = (UniqueConstraint("structure_id", "resource_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    structure_id: Mapped[int] = mapped_column(ForeignKey("structures.id", ondelete="CASCADE"))
    resource_key: Mapped[str]
    intensity: Mapped[int] = mapped_column(default=0)
    amount_eur: Mapped[float | None]
    updated_at: Mapped[str]


class RecommendationDecisionRow(Base):
    __tablename__ = "recommendation_decisions"
    __table_args__ = (UniqueConstraint("assessment_id", "recommendation_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    recommendation_id: Mapped[str]
    decision: Mapped[str]  # accepted | set_aside | open
    note: Mapped[str] = mapped_column(default="")
    updated_at: Mapped[str]


class RereadAcceptanceRow(Base):
    """A reread finding the team accepts as it is (rule and subject), with its reason."""

    __tablename__ = "reread_acceptances"
    __table_args__ = (UniqueConstraint("assessment_id", "rule_id", "subject"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    rule_id: Mapped[str]
    subject: Mapped[str] = mapped_column(default="")
    note: Mapped[str] = mapped_column(default="")
    updated_at: Mapped[str]


class FundingLineRow(Base):
    """A funding line the team declared: funder, purpose, kind, yearly amount, period."""

    __tablename__ = "funding_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    funder: Mapped[str]
    purpose: Mapped[str] = mapped_column(default="")
    kind: Mapped[str]
    amount_eur: Mapped[int | None]
    start_month: Mapped[str | None]  # « 2024-01 »
    end_month: Mapped[str | None]  # « 2026-12 »
    structure: Mapped[str] = mapped_column(default="")  # a structure's name, "" for all
    updated_at: Mapped[str]


class AccountsRow(Base):
    """One structure's accounts for one year (None: not given)."""

    __tablename__ = "accounts"
    __table_args__ = (UniqueConstraint("assessment_id", "structure", "year"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    structure: Mapped[str]
    year: Mapped[int]
    subsidies: Mapped[float | None]
    sales: Mapped[float | None]
    donations: Mapped[float | None]
    other_income: Mapped[float | None]
    charges: Mapped[float | None]
    result: Mapped[float | None]
    equity: Mapped[float | None]
    cash: Mapped[float | None]
    fte: Mapped[float | None]
    volunteers: Mapped[float | None]
    updated_at: Mapped[str]


class ObjectiveRow(Base):
    """An objective of result the team states for the year (issue 17)."""

    __tablename__ = "objectives"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(unique=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str]
    unit: Mapped[str] = mapped_column(default="")
    dimension: Mapped[str] = mapped_column(default="")
    baseline: Mapped[float | None]
    baseline_year: Mapped[int | None]
    target: Mapped[float | None]
    target_date: Mapped[str | None]  # ISO date
    reached: Mapped[float | None]
    comment: Mapped[str] = mapped_column(default="")
    carried_from: Mapped[str] = mapped_column(default="")  # uid of last year's objective
    updated_at: Mapped[str]


class PlanActionRow(Base):
    """An action of the « feuille de route » (item_ids: a JSON list of item ids)."""

    __tablename__ = "plan_actions"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(unique=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    title: Mapped[str]
    done_when: Mapped[str] = mapped_column(default="")
    owner_kind: Mapped[str] = mapped_column(default="")
    owner_participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL")
    )
    owner_structure_id: Mapped[int | None] = mapped_column(
        ForeignKey("structures.id", ondelete="SET NULL")
    )
    owner_text: Mapped[str] = mapped_column(default="")
    target_date: Mapped[str | None]  # ISO date
    dimension_id: Mapped[str] = mapped_column(default="")
    item_ids: Mapped[str] = mapped_column(default="[]")
    budget_eur: Mapped[float | None]
    resource_key: Mapped[str] = mapped_column(default="")
    status: Mapped[str] = mapped_column(default="to_start")
    status_note: Mapped[str] = mapped_column(default="")
    outcome: Mapped[str] = mapped_column(default="")
    private_note: Mapped[str] = mapped_column(default="")
    recommendation_id: Mapped[str] = mapped_column(default="")
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_actions.id", ondelete="SET NULL")
    )
    position: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[str]
    updated_at: Mapped[str]


class NetworkMembershipRow(Base):
    """The dynamic's random pseudonymous id for its network, and the key that proves a later
    share or withdrawal file comes from the same dynamic."""

    __tablename__ = "network_memberships"
    id: Mapped[int] = mapped_column(primary_key=True)
    dynamic_id: Mapped[int] = mapped_column(
        ForeignKey("dynamics.id", ondelete="CASCADE"), unique=True
    )
    pseudonym: Mapped[str]
    token: Mapped[str]
    created_at: Mapped[str]


class NetworkBenchmarkRow(Base):
    """A benchmark file sent back by the network, kept as it came."""

    __tablename__ = "network_benchmarks"
    id: Mapped[int] = mapped_column(primary_key=True)
    generated_at: Mapped[str]
    imported_at: Mapped[str]
    body_json: Mapped[str]
