"""Figures a funder reads: financing apart from income, the subsidy share on operating
income, funding lines and their end dates."""

from __future__ import annotations

import datetime as dt

from diagapp.domain.finance import ending_soon, funder_figures, parse_accounts, parse_funding_lines
from diagapp.domain.model import FundingCell, Structure
from diagapp.services import catalog


def _structure(name: str, **amounts: float) -> Structure:
    cells = tuple(FundingCell(k, 1, v) for k, v in amounts.items())
    return Structure(id=1, name=name, cells=cells)


def test_loans_and_capital_are_financing_not_income() -> None:
    spec = catalog.questionnaire().funding
    now = [
        _structure("Asso", public_subsidies=95_000, sales=24_000),
        _structure("SCIC", public_subsidies=30_000, sales=112_000, loans=50_000,
                   equity_contributions=20_000),
    ]  # fmt: skip
    before = [_structure("Asso", public_subsidies=110_000, sales=18_000)]
    f = funder_figures(now, before, spec, 2026, 2025)
    scic = f.structures[1]
    assert [line.resource for line in scic.financing] == ["equity_contributions", "loans"]
    assert "loans" not in {line.resource for line in scic.income}
    assert f.income_total == 261_000 and f.financing_total == 70_000
    # 125 000 / 261 000 = 47.9 % on operating income; 37.8 % if the loan and capital counted.
    assert f.subsidy_share == 0.48
    assert f.previous_subsidy_share == 0.86
    assert sum(f.income_percents.values()) == 100
    asso = f.structures[0]
    assert asso.income[0].change is not None and round(asso.income[0].change, 3) == -0.136


def test_funding_lines_read_and_those_ending_within_18_months() -> None:
    lines, unread = parse_funding_lines(
        "Région ; poste de coordination ; 45 000 ; 2026-12\n"
        "Fondation ; habitants ; 20 000 € ; 2028-04\n"
        "Commune ; lieu ; 10000 ; 2028-05\n"
        "\n"
        "France Active ; prêt ; 50 000\n"
        "une ligne sans séparateur\n"
        "Département ; légumerie ; beaucoup ; 2027\n"
    )
    assert [line.funder for line in lines] == ["Région", "Fondation", "Commune", "France Active"]
    assert lines[0].amount == 45_000 and lines[0].ends == dt.date(2026, 12, 31)
    assert lines[3].ends is None
    assert unread == ("une ligne sans séparateur", "Département ; légumerie ; beaucoup ; 2027")
    soon = ending_soon(lines, dt.date(2026, 11, 14))  # until the end of April 2028
    assert [line.funder for line in soon] == ["Région", "Fondation"]


def test_the_accounts_are_read_per_entity() -> None:
    found, unread = parse_accounts(
        "Asso ; 166 500 ; −2 500 ; 41 000 ; 28 000\n"
        "SCIC ; 150 000 € ; 7000\n"
        "SCIC ; beaucoup ; 1 ; 2 ; 3\n"
        "Trop ; 1 ; 2 ; 3 ; 4 ; 5\n"
    )
    assert [a.structure for a in found] == ["Asso", "SCIC"]
    assert dict(found[0].values) == {
        "charges": 166_500, "result": -2_500, "equity": 41_000, "cash": 28_000
    }  # fmt: skip
    assert found[1].values["result"] == 7_000 and found[1].values["cash"] is None
    assert unread == ("SCIC ; beaucoup ; 1 ; 2 ; 3", "Trop ; 1 ; 2 ; 3 ; 4 ; 5")
