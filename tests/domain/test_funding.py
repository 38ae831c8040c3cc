"""Funding indicators against hand-computed values (report §1.5)."""

from __future__ import annotations

import datetime as dt

import pytest

from diagapp.domain import funding
from diagapp.domain.model import Assessment, FundingCell, Structure
from diagapp.domain.questionnaire import FundingSpec
from diagapp.services import catalog


@pytest.fixture(scope="module")
def spec() -> FundingSpec:
    return catalog.questionnaire(1).funding


def assessment(structures: list[Structure], year: int = 2026, aid: int = 1) -> Assessment:
    return Assessment(aid, 7, "D", "A", dt.date(year, 6, 1), 1, structures=tuple(structures))


def test_shares_on_amounts(spec: FundingSpec) -> None:
    s = Structure(
        1,
        "Asso",
        cells=(
            FundingCell("public_subsidies", 3, 60_000),
            FundingCell("sales", 2, 30_000),
            FundingCell("membership_fees", 1, 10_000),
        ),
        volunteer_hours=1000,
        volunteer_smic_multiple=2,
    )
    ind = funding.indicators(assessment([s]), spec)
    assert ind.basis == "amounts"
    assert ind.monetary_total_eur == 100_000
    assert ind.public_dependence == pytest.approx(0.6)
    assert ind.own_resource_share == pytest.approx(0.4)
    assert ind.kinds_used == 3
    # 1 - (0.6² + 0.3² + 0.1²) = 1 - 0.46
    assert ind.diversification == pytest.approx(0.54)
    # The SMIC in force on 1 June 2026: 12,31 € (arrêté du 22 mai 2026).
    assert ind.smic.eur == 12.31
    assert ind.volunteering_eur == pytest.approx(1000 * 12.31 * 2)
    assert ind.in_kind_share == pytest.approx(24_620 / 124_620)
    assert not ind.high_public_dependence


def test_shares_on_intensities_when_no_amount(spec: FundingSpec) -> None:
    # The PAT du Douaisis profile: public subsidies +++ and nothing else (l.824).
    s = Structure(1, "", cells=(FundingCell("public_subsidies", 3),))
    ind = funding.indicators(assessment([s]), spec)
    assert ind.basis == "intensity"
    assert ind.public_dependence == 1.0
    assert ind.own_resource_share == 0.0
    assert ind.high_public_dependence
    assert ind.monetary_total_eur is None


def test_two_structures_add_up(spec: FundingSpec) -> None:
    # TZCLD Villeurbanne: EBE +++ public, Booster ++ public and +++ in kind (l.822-823).
    ebe = Structure(1, "EBE", cells=(FundingCell("public_subsidies", 3),))
    booster = Structure(
        2, "Booster", cells=(FundingCell("public_subsidies", 2), FundingCell("in_kind", 3))
    )
    ind = funding.indicators(assessment([ebe, booster]), spec)
    assert ind.public_dependence == 1.0
    assert funding.profile([ebe, booster], spec.keys)["in_kind"] == 3
    assert ind.kinds_used == 2


def test_de_minimis_alert_over_three_years(spec: FundingSpec) -> None:
    def year(y: int, amount: float, aid: int) -> Assessment:
        return assessment(
            [Structure(aid, "Asso", cells=(FundingCell("public_subsidies", 3, amount),))], y, aid
        )

    now, last, before, old = (
        year(2026, 120_000, 1),
        year(2025, 110_000, 2),
        year(2024, 95_000, 3),
        year(2023, 500_000, 4),
    )
    alerts = funding.indicators(now, spec, history=[last, before, old]).de_minimis
    assert len(alerts) == 1
    # 1 June 2026: three rolling years start on 2 June 2023, so 2023's aid is out.
    assert alerts[0].public_aid_eur == 325_000
    assert alerts[0].ceiling_eur == 300_000
    assert alerts[0].years == (2024, 2025, 2026)
    # Under the SIEG ceiling of 750 k€ (Regulation (EU) 2023/2832) there is no alert.
    assert funding.indicators(now, spec, history=[last, before], sieg=True).de_minimis == ()
    assert funding.indicators(now, spec, history=[last]).de_minimis == ()


def test_the_engine_reads_intensities_derived_from_the_amounts(spec: FundingSpec) -> None:
    """Issue 12: one rule everywhere — the recommendation engine's input too. Stored « + »
    beside 180 000 € and « ++ » beside 42 000 € are read as +++ (81 %) and + (19 %)."""
    from diagapp.domain.recommendation_checks import facts
    from diagapp.services import catalog as shipped

    s = Structure(
        1,
        "Tiers-lieu",
        cells=(
            FundingCell("public_subsidies", 1, 180_000),
            FundingCell("sales", 2, 42_000),
            FundingCell("in_kind", 2),
        ),
    )
    q = shipped.questionnaire(1)
    resources = facts(assessment([s]), q).resources
    assert resources is not None
    assert (resources["public_subsidies"], resources["sales"]) == (3, 1)
    assert resources["in_kind"] == 2  # in kind: the team's judgement
    ind = funding.indicators(assessment([s]), spec)
    assert ind.kinds_used == 3 and ind.basis == "amounts"


@pytest.mark.parametrize(
    ("amount", "level"),
    [(None, 0), (0, 0), (1, 1), (19_999, 1), (20_000, 2), (49_999, 2), (50_000, 3)],
)
def test_the_thresholds_of_the_rule(amount: float | None, level: int) -> None:
    assert funding.derived_intensity(amount, 100_000) == level


def test_shares_stay_on_intensities_while_a_structure_lacks_amounts(spec: FundingSpec) -> None:
    with_amounts = Structure(1, "SCIC", cells=(FundingCell("sales", 0, 50_000),))
    judged = Structure(2, "Collectif", cells=(FundingCell("public_subsidies", 3),))
    ind = funding.indicators(assessment([with_amounts, judged]), spec)
    assert ind.basis == "intensity" and ind.without_amounts == ("Collectif",)
    assert ind.monetary_total_eur is None
    assert ind.public_dependence == pytest.approx(0.5)  # +++ and +++ (derived, 100 %)


def test_one_subsidy_share_unchanged_by_a_loan_and_capital(spec: FundingSpec) -> None:
    """Both editions and the recommendations read public subsidies over operating income:
    a 50 k€ loan and 20 k€ of capital are financing and move nothing (issue 17)."""
    from diagapp.domain.finance import funder_figures

    def asso(**extra: float) -> Structure:
        amounts = {"public_subsidies": 60_000, "sales": 40_000} | extra
        return Structure(1, "Asso", cells=tuple(FundingCell(k, 1, v) for k, v in amounts.items()))

    plain = funding.indicators(assessment([asso()]), spec)
    financed = funding.indicators(
        assessment([asso(loans=50_000, equity_contributions=20_000)]), spec
    )
    assert plain.public_dependence == financed.public_dependence == 0.6
    assert (
        funding.subsidy_share({"public_subsidies": 60_000, "sales": 40_000, "loans": 50_000}) == 0.6
    )
    figures = funder_figures([asso(loans=50_000, equity_contributions=20_000)], None, spec, 2026)
    assert figures.subsidy_share == financed.public_dependence
    # The recommendation engine's threshold (« at_least: 0.5 ») reads that same indicator,
    # and its label says what it is a share of.
    from diagapp.domain.recommendation_checks import INDICATORS

    assert "recettes d'exploitation" in INDICATORS["public_dependence"].label.fr
