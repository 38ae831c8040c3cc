"""Numbered schema steps on PRAGMA user_version. Each step is the DDL of one release.

Never edit a released step: add a new one. tests/storage/test_migrations.py opens a stored
fixture of every earlier version.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable

from diagapp.storage.funding_conversion import funding_texts_to_rows

APPLICATION_ID = 0x44494147  # "DIAG": marks the file as ours

STEP_1 = """
CREATE TABLE dynamics (
    id INTEGER NOT NULL, uid VARCHAR NOT NULL, name VARCHAR NOT NULL,
    created_at VARCHAR NOT NULL, updated_at VARCHAR NOT NULL,
    CONSTRAINT pk_dynamics PRIMARY KEY (id), CONSTRAINT uq_dynamics_uid UNIQUE (uid));
CREATE TABLE assessments (
    id INTEGER NOT NULL, uid VARCHAR NOT NULL, dynamic_id INTEGER NOT NULL,
    label VARCHAR NOT NULL, date VARCHAR NOT NULL, questionnaire_version INTEGER NOT NULL,
    status VARCHAR NOT NULL, copied_from_id INTEGER,
    created_at VARCHAR NOT NULL, updated_at VARCHAR NOT NULL,
    CONSTRAINT pk_assessments PRIMARY KEY (id), CONSTRAINT uq_assessments_uid UNIQUE (uid),
    CONSTRAINT fk_assessments_dynamic_id_dynamics FOREIGN KEY(dynamic_id)
        REFERENCES dynamics (id) ON DELETE CASCADE,
    CONSTRAINT fk_assessments_copied_from_id_assessments FOREIGN KEY(copied_from_id)
        REFERENCES assessments (id) ON DELETE SET NULL);
CREATE TABLE participants (
    id INTEGER NOT NULL, uid VARCHAR NOT NULL, assessment_id INTEGER NOT NULL,
    name VARCHAR NOT NULL, pseudonym VARCHAR NOT NULL, college VARCHAR NOT NULL,
    position INTEGER NOT NULL, created_at VARCHAR NOT NULL,
    CONSTRAINT pk_participants PRIMARY KEY (id), CONSTRAINT uq_participants_uid UNIQUE (uid),
    CONSTRAINT fk_participants_assessment_id_assessments FOREIGN KEY(assessment_id)
        REFERENCES assessments (id) ON DELETE CASCADE);
CREATE TABLE answers (
    id INTEGER NOT NULL, assessment_id INTEGER NOT NULL, participant_id INTEGER NOT NULL,
    item_id VARCHAR NOT NULL, value INTEGER, not_applicable BOOLEAN NOT NULL,
    evidence VARCHAR NOT NULL, private_note VARCHAR NOT NULL, justification VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    CONSTRAINT pk_answers PRIMARY KEY (id),
    CONSTRAINT uq_answers_participant_id UNIQUE (participant_id, item_id),
    CONSTRAINT fk_answers_assessment_id_assessments FOREIGN KEY(assessment_id)
        REFERENCES assessments (id) ON DELETE CASCADE,
    CONSTRAINT fk_answers_participant_id_participants FOREIGN KEY(participant_id)
        REFERENCES participants (id) ON DELETE CASCADE);
CREATE TABLE consensus (
    id INTEGER NOT NULL, assessment_id INTEGER NOT NULL, item_id VARCHAR NOT NULL,
    value INTEGER, not_applicable BOOLEAN NOT NULL, evidence VARCHAR NOT NULL,
    private_note VARCHAR NOT NULL, justification VARCHAR NOT NULL, updated_at VARCHAR NOT NULL,
    CONSTRAINT pk_consensus PRIMARY KEY (id),
    CONSTRAINT uq_consensus_assessment_id UNIQUE (assessment_id, item_id),
    CONSTRAINT fk_consensus_assessment_id_assessments FOREIGN KEY(assessment_id)
        REFERENCES assessments (id) ON DELETE CASCADE);
CREATE TABLE field_values (
    id INTEGER NOT NULL, assessment_id INTEGER NOT NULL, field_id VARCHAR NOT NULL,
    value_json VARCHAR NOT NULL, updated_at VARCHAR NOT NULL,
    CONSTRAINT pk_field_values PRIMARY KEY (id),
    CONSTRAINT uq_field_values_assessment_id UNIQUE (assessment_id, field_id),
    CONSTRAINT fk_field_values_assessment_id_assessments FOREIGN KEY(assessment_id)
        REFERENCES assessments (id) ON DELETE CASCADE);
CREATE TABLE structures (
    id INTEGER NOT NULL, uid VARCHAR NOT NULL, assessment_id INTEGER NOT NULL,
    name VARCHAR NOT NULL, legal_status VARCHAR NOT NULL, position INTEGER NOT NULL,
    volunteer_hours FLOAT, volunteer_smic_multiple INTEGER NOT NULL, updated_at VARCHAR NOT NULL,
    CONSTRAINT pk_structures PRIMARY KEY (id), CONSTRAINT uq_structures_uid UNIQUE (uid),
    CONSTRAINT fk_structures_assessment_id_assessments FOREIGN KEY(assessment_id)
        REFERENCES assessments (id) ON DELETE CASCADE);
CREATE TABLE funding_cells (
    id INTEGER NOT NULL, structure_id INTEGER NOT NULL, resource_key VARCHAR NOT NULL,
    intensity INTEGER NOT NULL, amount_eur FLOAT, updated_at VARCHAR NOT NULL,
    CONSTRAINT pk_funding_cells PRIMARY KEY (id),
    CONSTRAINT uq_funding_cells_structure_id UNIQUE (structure_id, resource_key),
    CONSTRAINT fk_funding_cells_structure_id_structures FOREIGN KEY(structure_id)
        REFERENCES structures (id) ON DELETE CASCADE);
CREATE INDEX ix_answers_assessment_id ON answers (assessment_id);
CREATE INDEX ix_participants_assessment_id ON participants (assessment_id);
"""

# v2: answers copied forward from last year are marked "to review"; the team's decisions
# on recommendations are kept with the assessment.
STEP_2 = """
ALTER TABLE answers ADD COLUMN to_review BOOLEAN NOT NULL DEFAULT 0;
ALTER TABLE consensus ADD COLUMN to_review BOOLEAN NOT NULL DEFAULT 0;
CREATE TABLE recommendation_decisions (
    id INTEGER NOT NULL, assessment_id INTEGER NOT NULL, recommendation_id VARCHAR NOT NULL,
    decision VARCHAR NOT NULL, note VARCHAR NOT NULL, updated_at VARCHAR NOT NULL,
    CONSTRAINT pk_recommendation_decisions PRIMARY KEY (id),
    CONSTRAINT uq_recommendation_decisions_assessment_id UNIQUE (assessment_id, recommendation_id),
    CONSTRAINT fk_recommendation_decisions_assessment_id_assessments FOREIGN KEY(assessment_id)
        REFERENCES assessments (id) ON DELETE CASCADE);
"""

# v3: the team's acceptance of a reread finding (« relecture avant envoi »), with a note.
STEP_3 = """
CREATE TABLE reread_acceptances (
    id INTEGER NOT NULL, assessment_id INTEGER NOT NULL, rule_id VARCHAR NOT NULL,
    subject VARCHAR NOT NULL, note VARCHAR NOT NULL, updated_at VARCHAR NOT NULL,
    CONSTRAINT pk_reread_acceptances PRIMARY KEY (id),
    CONSTRAINT uq_reread_acceptances_assessment_id UNIQUE (assessment_id, rule_id, subject),
    CONSTRAINT fk_reread_acceptances_assessment_id_assessments FOREIGN KEY(assessment_id)
        REFERENCES assessments (id) ON DELETE CASCADE);
"""

# v4 (issue 17): funding lines and yearly accounts as rows, instead of fixed-format texts
# (the texts a v1-v3 file holds are read into rows once: funding_conversion, run after it);
# the team's objectives of result per assessment, a baseline and a target each, what was
# reached (`carried_from` is the uid of last year's objective it continues); the « feuille de
# route » (issue 15): actions with an owner, a target date, the items they should move and
# their status, an open action carried into next year's assessment; the « communauté
# apprenante » (issue 16): the dynamic's random pseudonymous id and key for its network (so
# next year's share file updates this year's), and the benchmark files the network sent back.
STEP_4 = """
CREATE TABLE funding_lines (
    id INTEGER NOT NULL, assessment_id INTEGER NOT NULL, position INTEGER NOT NULL,
    funder VARCHAR NOT NULL, purpose VARCHAR NOT NULL, kind VARCHAR NOT NULL, amount_eur INTEGER,
    start_month VARCHAR, end_month VARCHAR, structure VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    CONSTRAINT pk_funding_lines PRIMARY KEY (id),
    CONSTRAINT fk_funding_lines_assessment_id_assessments FOREIGN KEY(assessment_id)
        REFERENCES assessments (id) ON DELETE CASCADE);
CREATE INDEX ix_funding_lines_assessment_id ON funding_lines (assessment_id);
CREATE TABLE accounts (
    id INTEGER NOT NULL, assessment_id INTEGER NOT NULL, structure VARCHAR NOT NULL,
    year INTEGER NOT NULL, subsidies FLOAT, sales FLOAT, donations FLOAT, other_income FLOAT,
    charges FLOAT, result FLOAT, equity FLOAT, cash FLOAT, fte FLOAT, volunteers FLOAT,
    updated_at VARCHAR NOT NULL,
    CONSTRAINT pk_accounts PRIMARY KEY (id),
    CONSTRAINT uq_accounts_assessment_id UNIQUE (assessment_id, structure, year),
    CONSTRAINT fk_accounts_assessment_id_assessments FOREIGN KEY(assessment_id)
        REFERENCES assessments (id) ON DELETE CASCADE);
CREATE TABLE objectives (
    id INTEGER NOT NULL, uid VARCHAR NOT NULL, assessment_id INTEGER NOT NULL,
    position INTEGER NOT NULL, title VARCHAR NOT NULL, unit VARCHAR NOT NULL,
    dimension VARCHAR NOT NULL, baseline FLOAT, baseline_year INTEGER, target FLOAT,
    target_date VARCHAR, reached FLOAT, comment VARCHAR NOT NULL, carried_from VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL,
    CONSTRAINT pk_objectives PRIMARY KEY (id), CONSTRAINT uq_objectives_uid UNIQUE (uid),
    CONSTRAINT fk_objectives_assessment_id_assessments FOREIGN KEY(assessment_id)
        REFERENCES assessments (id) ON DELETE CASCADE);
CREATE INDEX ix_objectives_assessment_id ON objectives (assessment_id);
CREATE TABLE plan_actions (
    id INTEGER NOT NULL, uid VARCHAR NOT NULL, assessment_id INTEGER NOT NULL,
    title VARCHAR NOT NULL, done_when VARCHAR NOT NULL,
    owner_kind VARCHAR NOT NULL, owner_participant_id INTEGER, owner_structure_id INTEGER,
    owner_text VARCHAR NOT NULL, target_date VARCHAR,
    dimension_id VARCHAR NOT NULL, item_ids VARCHAR NOT NULL,
    budget_eur FLOAT, resource_key VARCHAR NOT NULL,
    status VARCHAR NOT NULL, status_note VARCHAR NOT NULL, outcome VARCHAR NOT NULL,
    private_note VARCHAR NOT NULL, recommendation_id VARCHAR NOT NULL,
    carried_from_id INTEGER, position INTEGER NOT NULL,
    created_at VARCHAR NOT NULL, updated_at VARCHAR NOT NULL,
    CONSTRAINT pk_plan_actions PRIMARY KEY (id), CONSTRAINT uq_plan_actions_uid UNIQUE (uid),
    CONSTRAINT fk_plan_actions_assessment_id_assessments FOREIGN KEY(assessment_id)
        REFERENCES assessments (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_actions_owner_participant_id_participants FOREIGN KEY(owner_participant_id)
        REFERENCES participants (id) ON DELETE SET NULL,
    CONSTRAINT fk_plan_actions_owner_structure_id_structures FOREIGN KEY(owner_structure_id)
        REFERENCES structures (id) ON DELETE SET NULL,
    CONSTRAINT fk_plan_actions_carried_from_id_plan_actions FOREIGN KEY(carried_from_id)
        REFERENCES plan_actions (id) ON DELETE SET NULL);
CREATE INDEX ix_plan_actions_assessment_id ON plan_actions (assessment_id);
CREATE TABLE network_memberships (
    id INTEGER NOT NULL, dynamic_id INTEGER NOT NULL, pseudonym VARCHAR NOT NULL,
    token VARCHAR NOT NULL, created_at VARCHAR NOT NULL,
    CONSTRAINT pk_network_memberships PRIMARY KEY (id),
    CONSTRAINT uq_network_memberships_dynamic_id UNIQUE (dynamic_id),
    CONSTRAINT fk_network_memberships_dynamic_id_dynamics FOREIGN KEY(dynamic_id)
        REFERENCES dynamics (id) ON DELETE CASCADE);
CREATE TABLE network_benchmarks (
    id INTEGER NOT NULL, generated_at VARCHAR NOT NULL, imported_at VARCHAR NOT NULL,
    body_json VARCHAR NOT NULL,
    CONSTRAINT pk_network_benchmarks PRIMARY KEY (id));
"""

STEPS = (STEP_1, STEP_2, STEP_3, STEP_4)
SCHEMA_VERSION = len(STEPS)
# Data a step's new tables take from the old ones, run in the same transaction right after
# the step's DDL (step number -> function).
CONVERSIONS: dict[int, Callable[[sqlite3.Connection], None]] = {4: funding_texts_to_rows}


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Apply the missing steps up to `target` in one transaction; return the old version.

    SQLite DDL is transactional: a failing step rolls back everything, the file is unchanged.
    """
    current = schema_version(conn)
    if current >= target:
        return current
    conn.isolation_level = None  # we manage the transaction ourselves
    conn.execute("BEGIN IMMEDIATE")
    try:
        for number in range(current + 1, target + 1):
            for statement in _statements(STEPS[number - 1]):
                conn.execute(statement)
            if number in CONVERSIONS:
                CONVERSIONS[number](conn)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {target}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return current


def _objects(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    # ANALYZE's statistics tables (a database tool may add them) change no data.
    rows = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\'"
    ).fetchall()
    return {(kind, name): " ".join((sql or "").split()) for kind, name, sql in rows}


@functools.cache
def expected_objects(version: int) -> dict[tuple[str, str], str]:
    """The tables and indexes diagapp itself makes at schema `version`."""
    conn = sqlite3.connect(":memory:")
    try:
        migrate(conn, version)
        return _objects(conn)
    finally:
        conn.close()


def schema_problem(conn: sqlite3.Connection) -> str | None:
    """What in this file does not come from diagapp, in French, or None.

    A trigger or a view runs with every write or read diagapp makes (a trigger deleting
    answers after each insert kept 1 of 1,350 imported answers); a table changed outside
    diagapp may hold defaults or checks that alter what it stores."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = schema_version(conn)
    found = _objects(conn)
    # Without our application_id, only an empty file or diagapp's exact schema is ours.
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and version == 0 and found):
        return "ce fichier SQLite n'est pas une base diagapp"
    if version > SCHEMA_VERSION:
        return None  # told apart by the caller: made by a newer diagapp
    for kind, name in sorted(found):
        if kind in ("trigger", "view"):
            what = "un déclencheur (trigger)" if kind == "trigger" else "une vue"
            return (
                f"elle contient {what} « {name} » qui ne vient pas de diagapp et pourrait "
                "modifier ou effacer vos réponses ; elle est refusée et laissée telle quelle"
            )
    expected = expected_objects(version)
    for key in sorted(set(found) | set(expected)):
        if found.get(key) != expected.get(key):
            return (
                f"son schéma a été modifié hors de diagapp ({key[0]} « {key[1]} ») ; "
                "elle est refusée et laissée telle quelle"
            )
    return None
