"""Files diagapp did not make, or that something else altered, are refused untouched;
reading commands never write; writing commands respect the window's lock."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from diagapp.cli import main
from diagapp.services.workspace import open_workspace
from diagapp.storage.database import DatabaseError, open_database
from diagapp.storage.migrations import SCHEMA_VERSION

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in the folder, with its bytes (a folder by its name only)."""
    return {p.name: p.read_bytes() if p.is_file() else b"<dir>" for p in folder.iterdir()}


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _answers(path: Path) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM answers").fetchone()[0])
    finally:
        conn.close()


FOREIGN = {
    "trigger deleting answers": "CREATE TRIGGER keep_one AFTER INSERT ON answers "
    "BEGIN DELETE FROM answers WHERE id <> NEW.id; END",
    "trigger rewriting levels": "CREATE TRIGGER zero AFTER UPDATE ON consensus "
    "BEGIN UPDATE consensus SET value = 0 WHERE id = NEW.id; END",
    "view": "CREATE VIEW everything AS SELECT * FROM answers",
}


@pytest.mark.parametrize("kind", FOREIGN)
def test_a_foreign_trigger_or_view_is_refused_with_a_clear_message(
    demo_path: Path, tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "export.json"
    assert main(["export", "json", "--db", str(demo_path), "--out", str(exported)]) == 0
    _sql(demo_path, FOREIGN[kind])
    before = _snapshot(demo_path.parent)
    capsys.readouterr()
    assert main(["import", str(exported), "--db", str(demo_path)]) == 1  # was 0, answers gone
    err = capsys.readouterr().err
    assert "ne vient pas de diagapp" in err and err.count("\n") == 1
    with pytest.raises(DatabaseError, match="ne vient pas de diagapp"):
        open_workspace(demo_path)  # the window says the same, and restores nothing
    assert main(["check", "--db", str(demo_path)]) == 1  # was « saine »
    assert "ne vient pas de diagapp" in capsys.readouterr().err
    assert _snapshot(demo_path.parent) == before


def test_a_table_altered_outside_diagapp_is_refused(demo_path: Path) -> None:
    _sql(demo_path, "ALTER TABLE answers ADD COLUMN sneaky INTEGER DEFAULT 0")
    with pytest.raises(DatabaseError, match="schéma a été modifié hors de diagapp"):
        open_database(demo_path)


def test_statistics_a_database_tool_added_are_not_foreign(demo_path: Path) -> None:
    _sql(demo_path, "ANALYZE")  # DB Browser for SQLite and others offer it
    open_database(demo_path).close()


def test_connections_do_not_trust_functions_named_in_the_schema(demo_path: Path) -> None:
    for read_only in (False, True):
        db = open_database(demo_path, read_only=read_only)
        try:
            with db.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0
        finally:
            db.close()


# --- reading never writes -----------------------------------------------------------------


@pytest.mark.parametrize("app_id", [0, 0x12345678])
def test_another_programs_sqlite_file_is_refused_and_left_as_it_was(
    demo_path: Path, tmp_path: Path, app_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    other = folder / "carnet.sqlite"
    _sql(other, "CREATE TABLE contacts (name TEXT)", f"PRAGMA application_id = {app_id}")
    before = _snapshot(folder)
    exported = tmp_path / "export.json"
    assert main(["export", "json", "--db", str(demo_path), "--out", str(exported)]) == 0
    capsys.readouterr()
    for args in (
        ["export", "json", "--out", str(tmp_path / "out.json")],
        ["import", str(exported)],
        ["check"],
    ):
        assert main([*args, "--db", str(other)]) == 1, args
        err = capsys.readouterr().err
        assert "n'est pas une base diagapp" in err, err
    assert _snapshot(folder) == before  # no diagapp tables, no -wal, no backups folder


@pytest.mark.parametrize(
    "args",
    [
        ["export", "xlsx", "--out", "{out}"],
        ["export", "csv", "--out", "{out}"],
        ["export", "json", "--out", "{out}"],
        ["form", "export", "--assessment", "latest", "--participant", "1", "--out", "{out}"],
        ["recommend", "--assessment", "latest"],
    ],
    ids=lambda a: " ".join(a[:2]),
)
def test_a_mistyped_db_is_an_error_and_creates_nothing(
    tmp_path: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "typo" / "bsae.sqlite"
    out = str(tmp_path / "out.file")
    assert main([*(a.format(out=out) for a in args), "--db", str(missing)]) == 1
    assert "n'existe pas" in capsys.readouterr().err
    assert not missing.parent.exists() and not Path(out).exists()  # was: an empty base, exit 0


def test_reading_commands_leave_the_database_folder_byte_identical(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(demo_path.parent)
    outs = tmp_path.parent / f"{tmp_path.name}-out"
    outs.mkdir()
    db = ["--db", str(demo_path)]
    assert main(["export", "json", *db, "--out", str(outs / "a.json")]) == 0
    assert main(["export", "csv", *db, "--out", str(outs / "a.csv")]) == 0
    assert main(["recommend", *db, "--assessment", "latest"]) == 0
    assert main(["check", *db]) == 0
    assert _snapshot(demo_path.parent) == before  # was: -wal, -shm, a backups folder


def test_an_older_schema_is_read_without_being_migrated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "v1.sqlite"
    path.write_bytes((FIXTURES / "schema_v1.sqlite").read_bytes())
    before = _snapshot(tmp_path)
    out = tmp_path.parent / f"{tmp_path.name}.json"
    assert main(["export", "json", "--db", str(path), "--out", str(out)]) == 0
    assert '"answers"' in out.read_text(encoding="utf-8")
    assert _snapshot(tmp_path) == before


def test_check_tells_a_newer_schema_and_a_folder_apart_from_damage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    future = tmp_path / "future.sqlite"
    _sql(future, "CREATE TABLE t (x)", f"PRAGMA user_version = {SCHEMA_VERSION + 97}")
    assert main(["check", "--db", str(future)]) == 1  # was 0, « saine »
    captured = capsys.readouterr()
    assert "plus récente" in captured.err and "saine" not in captured.out
    assert main(["check", "--db", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert "c'est un dossier" in captured.err and "ENDOMMAGÉE" not in captured.out
    assert main(["export", "json", "--db", str(tmp_path), "--out", str(future) + ".json"]) == 1
    assert "c'est un dossier" in capsys.readouterr().err


# --- writing commands and the window's lock -----------------------------------------------


def test_writing_commands_refuse_a_database_the_window_holds(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "export.json"
    assert main(["export", "json", "--db", str(demo_path), "--out", str(exported)]) == 0
    window = open_workspace(demo_path)  # what the window holds while it is open
    try:
        answers = _answers(demo_path)
        db = ["--db", str(demo_path)]
        assert main(["import", str(exported), *db]) == 1  # was 0, behind the window's back
        assert "déjà ouverte" in capsys.readouterr().err
        assert main(["form", "import", str(exported), *db]) == 1
        assert "déjà ouverte" in capsys.readouterr().err
        Path(f"{demo_path}.repairing").write_text("x", encoding="utf-8")  # asks for a repair
        assert main(["check", "--repair", *db]) == 1  # was: files moved under the window
        assert "déjà ouverte" in capsys.readouterr().err
        Path(f"{demo_path}.repairing").unlink()
        assert main(["export", "json", *db, "--out", str(tmp_path / "b.json")]) == 0  # reading
        assert _answers(demo_path) == answers
    finally:
        window.close()
    assert main(["import", str(exported), "--db", str(demo_path)]) == 0
