"""Year over year comparison, through the services, with deltas computed by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from questionnaire_v2 import DROPPED, NEW, RENAMED, SPLIT, make_data_root

from diagapp.domain.errors import DiagappError, QuestionnaireError
from diagapp.services import answers, assessments, compare, recommendations
from diagapp.storage.database import Database

BESOIN = "ressort.besoin_territoire"
DIAGNOSTIC = "ressort.diagnostic_territoire"


def _assessment(
    db: Database,
    dynamic_id: int,
    year: int,
    levels: dict[str, tuple[int | None, int | None, int | None]],
    version: int | None = None,
) -> int:
    """An assessment with two participants; levels: item -> (Anne, Paul, consensus)."""
    aid = assessments.create_assessment(
        db, dynamic_id=dynamic_id, date=dt.date(year, 6, 1), questionnaire_version=version
    )
    anne = answers.add_participant(db, assessment_id=aid, name="Anne", college="Habitants")
    paul = answers.add_participant(db, assessment_id=aid, name="Paul", college="Collectivités")
    for item_id, values in levels.items():
        for pid, value in zip((anne, paul, None), values, strict=True):
            if value is not None:
                answers.record_answer(
                    db, assessment_id=aid, participant_id=pid, item_id=item_id, value=value
                )
    return aid


@pytest.fixture
def two_years(db: Database) -> tuple[int, int]:
    dyn = assessments.create_dynamic(db, name="Tiers-lieu des Coteaux")
    first = _assessment(db, dyn, 2024, {BESOIN: (1, 3, 2), DIAGNOSTIC: (0, 0, 0)})
    second = _assessment(db, dyn, 2025, {BESOIN: (2, 3, 3), DIAGNOSTIC: (1, None, 2)})
    for aid, public, sales in ((first, 100_000, None), (second, 60_000, 40_000)):
        sid = answers.add_structure(db, assessment_id=aid, name="Association des Coteaux")
        answers.set_funding_cell(
            db, structure_id=sid, resource="public_subsidies", intensity=3, amount_eur=public
        )
        if sales:
            answers.set_funding_cell(
                db, structure_id=sid, resource="sales", intensity=2, amount_eur=sales
            )
    answers.set_field(db, assessment_id=first, field_id="governance.debate", value=1)
    answers.set_field(db, assessment_id=second, field_id="governance.debate", value=2)
    return first, second


def test_item_deltas_in_level_spread_and_coverage(db: Database, two_years: tuple[int, int]):
    result = compare.compare(db, assessment_ids=list(two_years))
    besoin, diagnostic = result.item(BESOIN), result.item(DIAGNOSTIC)
    assert (besoin.delta, besoin.spread_delta, besoin.coverage_delta) == (1, -1, 0.0)
    # Paul did not answer in 2025: coverage 2/2 -> 1/2
    assert (diagnostic.delta, diagnostic.spread_delta, diagnostic.coverage_delta) == (2, 0, -0.5)
    assert [p.consensus for p in diagnostic.points if p] == [0, 2]
    assert [i.item_id for i in result.moved_up()] == [DIAGNOSTIC, BESOIN]
    assert result.moved_down() == []


def test_dimension_deltas(db: Database, two_years: tuple[int, int]):
    ressort = compare.compare(db, assessment_ids=list(two_years)).dimension("ressort")
    # consensus mean (2+0)/2=1.0 -> (3+2)/2=2.5; item spreads mean (2+0)/2 -> (1+0)/2
    assert [p.mean for p in ressort.points] == [1.0, 2.5]
    assert ressort.delta == pytest.approx(1.5)
    assert ressort.spread_delta == pytest.approx(-0.5)
    assert [p.coverage for p in ressort.points] == [0.2, 0.2]  # 2 of 10 items settled
    assert ressort.points[0].strong_disagreements == 1  # Anne 1, Paul 3


def test_funding_and_governance_side_by_side(db: Database, two_years: tuple[int, int]):
    result = compare.compare(db, assessment_ids=list(reversed(two_years)))
    assert result.years == (2024, 2025)  # sorted by date whatever the order given
    rows = {r.key: r for r in result.funding.indicator_rows}
    assert rows["public_dependence"].values == (1.0, 0.6)
    assert rows["public_dependence"].delta == pytest.approx(-0.4)
    assert rows["own_resource_share"].values == (0.0, 0.4)
    sales = next(r for r in result.funding.totals() if r.resource == "sales")
    assert (sales.intensities, sales.amounts) == ((0, 2), (None, 40_000))
    changed = {f.field_id: [t.fr for t in f.shown] for f in result.changed_fields()}
    assert changed == {"governance.debate": ["+", "++"]}


def test_recommendations_accepted_last_year_are_followed(db: Database, two_years: tuple[int, int]):
    first, second = two_years
    still = sorted(recommendations.triggered_ids(db, assessment_id=second))
    gone = sorted(set(recommendations.titles()) - set(still))
    assert still and gone
    decide = recommendations.set_decision
    decide(db, assessment_id=first, recommendation_id=still[0], decision="accepted", note="vu")
    decide(db, assessment_id=first, recommendation_id=still[1], decision="accepted")
    decide(db, assessment_id=first, recommendation_id=gone[0], decision="accepted")
    decide(db, assessment_id=first, recommendation_id=gone[1], decision="set_aside")
    decide(db, assessment_id=second, recommendation_id=still[0], decision="set_aside")
    result = compare.compare(db, assessment_ids=two_years)
    follow = {f.recommendation_id: f for f in result.recommendations}
    assert set(follow) == {still[0], still[1], gone[0]}  # only what was accepted
    assert follow[still[0]].outcome_text() == "Écartée cette année."
    assert follow[still[0]].note == "vu"
    assert follow[still[1]].outcome_text() == "Toujours d'actualité, pas encore rediscutée."
    assert follow[gone[0]].outcome_text().startswith("Ne se déclenche plus")
    assert follow[gone[0]].title == recommendations.titles()[gone[0]]


def test_last_year_helpers(db: Database, two_years: tuple[int, int]):
    first, second = two_years
    assert compare.previous_assessment(db, assessment_id=second) == first
    assert compare.previous_assessment(db, assessment_id=first) is None
    assert compare.resolve_compare_option(db, assessment_id=second, option="previous") == [
        first,
        second,
    ]
    assert compare.resolve_compare_option(db, assessment_id=second, option=f"{first}") == [
        first,
        second,
    ]
    with pytest.raises(DiagappError, match="Aucune évaluation antérieure"):
        compare.resolve_compare_option(db, assessment_id=first, option="previous")
    with pytest.raises(DiagappError, match="virgules"):
        compare.resolve_compare_option(db, assessment_id=second, option="l'an dernier")


def test_refuses_what_cannot_be_compared(db: Database, two_years: tuple[int, int]):
    first, _ = two_years
    with pytest.raises(DiagappError, match="au moins deux"):
        compare.compare(db, assessment_ids=[first, first])
    other = assessments.create_dynamic(db, name="Autre dynamique")
    elsewhere = assessments.create_assessment(db, dynamic_id=other, date=dt.date(2025, 1, 1))
    with pytest.raises(DiagappError, match="même dynamique"):
        compare.compare(db, assessment_ids=[first, elsewhere])


def test_demo_three_years(demo_db: Database):
    ids = assessments.history(demo_db, dynamic_id=1)
    result = compare.compare(demo_db, assessment_ids=ids)
    assert result.years == (2024, 2025, 2026)
    # the demo's governance and identity changes over the years (demo_content.FIELD_CHANGES)
    assert {f.field_id for f in result.changed_fields()} == {
        "governance.debate",
        "governance.multi_level",
        "identity.animation_fte",
        "identity.phase",
        "identity.transitions",
        "identity.funder_achievements",  # the funder edition's front sheet, updated each year
    }
    public = next(r for r in result.funding.indicator_rows if r.key == "public_dependence")
    assert public.values[0] > public.values[1] > public.values[2]  # the demo's story
    # The dynamic grows: no dimension goes back and most progress (with questionnaire v2's
    # six more items the seeded draws shift: « le ressort » now stays where it was).
    deltas = [d.delta for d in result.dimensions]
    assert all(d is not None and d >= 0 for d in deltas)
    assert sum(1 for d in deltas if d and d > 0) >= 4
    assert result.notes == ()


# --- across questionnaire versions ---------------------------------------------------------


@pytest.fixture
def v2_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_data_root(tmp_path / "data")
    monkeypatch.setenv("DIAGAPP_DATA_DIR", str(root))
    return root


def test_comparison_across_versions_says_what_changed(db: Database, v2_data: Path):
    dyn = assessments.create_dynamic(db, name="PTCE du Ried")
    old = _assessment(
        db,
        dyn,
        2024,
        {BESOIN: (1, 1, 1), RENAMED[0]: (1, 2, 1), SPLIT[0]: (2, 2, 2), DROPPED: (3, 1, 2)},
        version=1,
    )
    new = _assessment(
        db,
        dyn,
        2025,
        {
            BESOIN: (2, 2, 2),
            RENAMED[1]: (3, 3, 3),
            SPLIT[1][0]: (1, 1, 1),
            SPLIT[1][1]: (3, 2, 3),
            NEW: (2, 2, 2),
        },
        version=2,
    )
    result = compare.compare(db, assessment_ids=[old, new])
    assert result.version == 2
    assert result.item(BESOIN).status == "same" and result.item(BESOIN).delta == 1

    renamed = result.item(RENAMED[1])
    assert (renamed.status, renamed.delta) == ("renamed", 2)
    assert renamed.note is not None and f"anciennement « {RENAMED[0]} »" in renamed.note.fr

    decision, action = (result.item(i) for i in SPLIT[1])
    assert (decision.status, decision.delta, action.delta) == ("split", -1, 1)
    assert decision.note is not None
    assert decision.note.fr.startswith("Élément scindé en v2")
    assert "évaluées séparément" in decision.note.fr  # the mapping's own note
    assert decision.points[0] is not None and decision.points[0].source_id == SPLIT[0]

    dropped = result.item(DROPPED)
    assert dropped.status == "dropped" and dropped.delta is None
    assert dropped.points[0] is not None and dropped.points[0].consensus == 2
    assert dropped.points[1] is None
    assert dropped.note is not None and "supprimé" in dropped.note.fr

    added = result.item(NEW)
    assert (added.status, added.points[0], added.delta) == ("new", None, None)
    assert added.note is not None and "Nouvel élément" in added.note.fr

    assert "v1 en 2024, v2 en 2025" in result.notes[0].fr
    assert "1 élément(s) renommé(s), 2 issu(s) d'un élément scindé" in result.notes[0].fr


def test_versions_without_mapping_are_refused_clearly(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("DIAGAPP_DATA_DIR", str(make_data_root(tmp_path / "data", mapping=None)))
    dyn = assessments.create_dynamic(db, name="PTCE du Ried")
    old = _assessment(db, dyn, 2024, {BESOIN: (1, 1, 1)}, version=1)
    new = _assessment(db, dyn, 2025, {BESOIN: (2, 2, 2)}, version=2)
    with pytest.raises(QuestionnaireError, match=r"aucune correspondance .* versions 1 et 2"):
        compare.compare(db, assessment_ids=[old, new])
