"""Figures of law as dated data (questionnaires/law.yaml): invariants on every entry, the
figure in force at an assessment's date (dates injected, never today's), and today's names
of the bodies the report names."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from diagapp.domain import funding
from diagapp.domain.errors import DataFileError
from diagapp.domain.law import LAW_FILE, Law, load_law
from diagapp.domain.model import Assessment, FundingCell, Structure
from diagapp.domain.questionnaire_loader import version_folders
from diagapp.paths import questionnaires_dir
from diagapp.services import catalog

LAW_PATH = questionnaires_dir() / LAW_FILE


@pytest.fixture(scope="module")
def law() -> Law:
    return load_law(LAW_PATH)


# --- invariants on every entry ---------------------------------------------------------------


def test_every_figure_has_a_source_and_dates_increase(law: Law) -> None:
    for series in (law.de_minimis, law.smic):
        dates = [e.valid_from for e in series]
        assert dates == sorted(dates) and len(set(dates)) == len(dates)
    assert all(r.source.fr.strip() and r.source.en.strip() for r in law.de_minimis)
    assert all(re.match(r"^(Décret n° \d{4}-\d+|Arrêté) du ", s.source) for s in law.smic)
    assert all(r.ceiling_eur < r.sieg_ceiling_eur and r.years == 3 for r in law.de_minimis)
    # The SMIC never goes down.
    rates = [s.eur for s in law.smic]
    assert rates == sorted(rates)


def test_the_report_figures_are_kept_as_history(law: Law) -> None:
    report = law.de_minimis_at(dt.date(2020, 6, 1))
    assert (report.ceiling_eur, report.sieg_ceiling_eur) == (200_000, 500_000)
    assert "l. 847" in report.source.fr
    today = law.de_minimis_at(dt.date(2026, 12, 6))
    assert (today.ceiling_eur, today.sieg_ceiling_eur) == (300_000, 750_000)
    assert today.valid_from == dt.date(2024, 1, 1) and today.period == "rolling"
    assert "2023/2831" in today.source.fr and "2023/2832" in today.source.fr
    assert law.de_minimis_history(dt.date(2026, 12, 6)) == (report,)


@pytest.mark.parametrize(
    ("day", "eur"),
    [
        (dt.date(2023, 12, 31), 11.52),
        (dt.date(2024, 11, 1), 11.88),
        (dt.date(2025, 12, 31), 11.88),
        (dt.date(2026, 1, 1), 12.02),
        (dt.date(2026, 5, 31), 12.02),
        (dt.date(2026, 6, 1), 12.31),
    ],
)
def test_the_smic_in_force_at_a_date(law: Law, day: dt.date, eur: float) -> None:
    assert law.smic_at(day).eur == eur


def test_no_questionnaire_version_carries_figures_of_law() -> None:
    """They live dated in law.yaml; a figure copied into a version would silently age."""
    for folder in version_folders(questionnaires_dir()):
        data = yaml.safe_load((folder / "funding.yaml").read_text(encoding="utf-8"))
        assert "smic_hourly_eur" not in data.get("volunteering", {}), folder.name
        assert not {"ceiling_eur", "sieg_ceiling_eur"} & set(data.get("de_minimis", {}))


# --- the figure in force at the assessment's date ---------------------------------------------


def _year(day: dt.date, public_eur: float, aid: int) -> Assessment:
    structure = Structure(aid, "Asso", cells=(FundingCell("public_subsidies", 3, public_eur),))
    return Assessment(aid, 7, "D", str(day.year), day, 1, structures=(structure,))


def test_a_2023_assessment_uses_the_report_ceiling_and_a_2026_one_the_new_one() -> None:
    spec = catalog.questionnaire(1).funding
    # 230 k€ over three years: above the report's 200 k€, under today's 300 k€.
    in_2023 = _year(dt.date(2023, 6, 1), 80_000, 1)
    history_2023 = [_year(dt.date(2022, 6, 1), 80_000, 2), _year(dt.date(2021, 6, 1), 70_000, 3)]
    alerts = funding.indicators(in_2023, spec, history_2023).de_minimis
    assert [a.ceiling_eur for a in alerts] == [200_000]
    in_2026 = _year(dt.date(2026, 6, 1), 80_000, 4)
    history_2026 = [_year(dt.date(2025, 6, 1), 80_000, 5), _year(dt.date(2024, 6, 1), 70_000, 6)]
    indicators = funding.indicators(in_2026, spec, history_2026)
    assert indicators.de_minimis == ()
    assert indicators.de_minimis_rule.ceiling_eur == 300_000
    assert indicators.smic.eur == 12.31


def test_three_rolling_years_count_back_from_the_date() -> None:
    law = load_law(LAW_PATH)
    rolling = law.de_minimis_at(dt.date(2026, 3, 1))
    assert rolling.window_start(dt.date(2026, 3, 1)) == dt.date(2023, 3, 2)
    assert rolling.window_start(dt.date(2028, 2, 29)) == dt.date(2025, 3, 1)
    fiscal = law.de_minimis_at(dt.date(2023, 3, 1))
    assert fiscal.window_start(dt.date(2023, 3, 1)) == dt.date(2021, 1, 1)


# --- a bad file says what is wrong ------------------------------------------------------------


def _write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / LAW_FILE
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["smic_hourly_gross"].reverse(), "croissantes"),
        (lambda d: d["smic_hourly_gross"][0].update(source=" "), "source"),
        (lambda d: d["de_minimis"][0].pop("source"), "source"),
        (lambda d: d["de_minimis"][0].update(period="monthly"), "period"),
        (lambda d: d["de_minimis"][0].update(valid_from="2014-13-01"), "AAAA-MM-JJ"),
        (lambda d: d["smic_hourly_gross"][0].update(eur=-1), "positif"),
    ],
)
def test_a_bad_law_file_is_refused_in_french(tmp_path: Path, change: Any, message: str) -> None:
    data = yaml.safe_load(LAW_PATH.read_text(encoding="utf-8"))
    change(data)
    with pytest.raises(DataFileError, match=message):
        load_law(_write(tmp_path, data))


# --- bodies renamed since the report ---------------------------------------------------------


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


SHIPPED_TEXTS = sorted(p for p in questionnaires_dir().rglob("*.yaml") if p.name != LAW_FILE)


@pytest.mark.parametrize("path", SHIPPED_TEXTS, ids=lambda p: p.name)
def test_a_renamed_body_is_shown_under_todays_name_with_the_reports(path: Path) -> None:
    law = load_law(LAW_PATH)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for text in _strings(data):
        for body in law.renamed_bodies:
            old = "|".join(re.escape(s) for s in body.spellings)
            if re.search(rf"(?<![\w-])(?:{old})(?![\w-])", text):
                assert body.current_name in text, f"{path.name}: {body.report_name} in {text!r}"


def test_the_shown_name_pairs_today_and_the_report() -> None:
    law = load_law(LAW_PATH)
    names = {b.report_name: b for b in law.renamed_bodies}
    assert names["Pôle emploi"].shown("fr") == "France Travail (Pôle emploi dans le rapport)"
    assert names["ARF"].current_name == "Régions de France"
    assert names["CGET"].current_name == "ANCT"


@pytest.mark.parametrize("path", SHIPPED_TEXTS, ids=lambda p: p.name)
def test_texts_quoting_a_de_minimis_ceiling_give_todays(path: Path) -> None:
    """A text that states the ceiling gives the one in force (a new rule in law.yaml makes
    this fail until the texts follow); the report's figures may stay beside it as history."""
    today = load_law(LAW_PATH).de_minimis[-1]
    general = f"{round(today.ceiling_eur / 1000)}"
    sieg = f"{round(today.sieg_ceiling_eur / 1000)}"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for text in _strings(data):
        if "minimis" in text and re.search(r"\d\s?k€|€\d+k", text):
            assert re.search(rf"{general}\s?k€|€{general}k", text), text
            if "SIEG" in text or "SGEI" in text:
                assert re.search(rf"{sieg}\s?k€|€{sieg}k", text), text
