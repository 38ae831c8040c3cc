"""The benchmark coming back to the dynamics (issue 16): imported, checked, read as where
each one stands; the whole scenario through the command line, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from diagapp.domain.errors import DiagappError
from diagapp.services import assessments, peers
from diagapp.services.demo import write_demo
from diagapp.storage.database import open_database


def test_two_dynamics_share_the_network_pools_them_and_each_sees_where_it_stands(
    pool_url: str, demo_path: Path, tmp_path: Path, run_diagapp: Any
) -> None:
    other = tmp_path / "autre.sqlite"
    write_demo(other, years=2, participants=4, seed=77)
    files = []
    for n, db in enumerate((demo_path, other)):
        out = tmp_path / f"partage-{n}.json"
        args = ["share", "--db", str(db), "--assessment", "latest", "--out", str(out)]
        if n == 0:
            args += ["--contact", "equipe@exemple.fr", "--helping", "ressort.besoin_territoire"]
        result = run_diagapp(*args)
        assert result.returncode == 0, result.stderr
        files.append(str(out))
    for command in (
        ["network", "init", "--url", pool_url],
        ["network", "demo", "--url", pool_url, "--dynamics", "150", "--years", "3"],
        ["network", "add", "--url", pool_url, *files],
        ["network", "benchmark", "--url", pool_url, "--out", str(tmp_path / "ref.json")],
    ):
        result = run_diagapp(*command)
        assert result.returncode == 0, result.stderr
    text = (tmp_path / "ref.json").read_text(encoding="utf-8")
    for f in files:
        assert json.loads(Path(f).read_text(encoding="utf-8"))["pseudonym"] not in text
    assert "equipe@exemple.fr" in text  # the opted-in helper only
    for db_path in (demo_path, other):
        result = run_diagapp(
            "benchmark", "import", str(tmp_path / "ref.json"), "--db", str(db_path)
        )
        assert result.returncode == 0, result.stderr
        assert "Au regard du réseau" in result.stdout
        db = open_database(db_path, backup=False)
        try:
            latest = assessments.load_assessment(db, assessments.latest_assessment(db))
            standing = peers.standing_of(db, latest)
        finally:
            db.close()
        assert standing is not None and standing.group_size >= 5
        assert len(standing.dimensions) == 5 and standing.items


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("pas du json", "illisible"),
        ('{"format": "autre"}', "pas un référentiel"),
        (
            '{"format": "diagapp-benchmark", "format_version": 1, "generated_at": "x", '
            '"groups": [], "helpers": [{"contact": "Jean Dupont", "items": []}]}',
            "entraide",
        ),
    ],
)
def test_a_bad_benchmark_file_is_refused_and_nothing_is_stored(
    demo_path: Path, tmp_path: Path, content: str, reason: str
) -> None:
    path = tmp_path / "ref.json"
    path.write_text(content, encoding="utf-8")
    db = open_database(demo_path, backup=False)
    try:
        with pytest.raises(DiagappError, match=reason):
            peers.import_benchmark(db, path)
        assert peers.latest_benchmark(db) is None
    finally:
        db.close()


def test_benchmark_import_command_refuses_a_missing_file(
    demo_path: Path, tmp_path: Path, run_diagapp: Any
) -> None:
    copy = tmp_path / "copie.sqlite"
    shutil.copyfile(demo_path, copy)
    result = run_diagapp("benchmark", "import", str(tmp_path / "absent.json"), "--db", str(copy))
    assert result.returncode == 1 and "n'existe pas" in result.stderr
    assert "Traceback" not in result.stderr
