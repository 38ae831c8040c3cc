"""A funder checks a monograph by doing the sums: in every evolution row the printed change is
the difference of the printed values (and the lead sentence quotes the table's change), the
resources' shares add up to 100 % and the public and own shares quoted anywhere are the
list's, every matrix total is the sum of its printed amounts and the yearly monetary total the
sum of the matrix's monetary rows. Checked on the demo and on random assessments."""

from __future__ import annotations

import email
import email.policy
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from reader_arithmetic import SPACES, Checked, check

from diagapp.services import answers, assessments, catalog, reporting
from diagapp.storage.database import Database, open_database

# Sections where figures are printed; the others have none a reader could add up.
FIGURES = ("summary", "evolution", "funding", "findings", "recommendations", "funders")


def _render(db: Database, lang: str, compare: str, sections: tuple[str, ...] | None) -> Checked:
    latest = assessments.latest_assessment(db)
    ids = assessments.history(db=db, dynamic_id=assessments.load_assessment(db, latest).dynamic_id)
    earlier = ids[:-1] if compare == "all" else ids[-2:-1]
    options = {"sections": sections} if sections else {}
    pdf, data = reporting.render_pdf(
        db, assessment_id=latest, invariant=True, lang=lang, compare=earlier, **options
    )
    checked = check(pdf, data.questionnaire, lang)
    with tempfile.TemporaryDirectory() as folder:  # the email's body quotes the same figures
        eml = reporting.email_draft(data, pdf, to="", out=Path(folder) / "draft.eml").eml
        message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
        body = message.get_body(("plain",))
        text = " ".join(body.get_content().translate(SPACES).split()) if body else ""
    shown = re.findall(r"(?:ressources propres|own resources) ?: (\d+) ?%", text)
    if checked.own_share is not None:
        checked.share_mentions += len(shown)
        if shown != [str(checked.own_share)]:
            checked.problems.append(f"email body {shown}: the PDF says {checked.own_share} %")
    return checked


@pytest.mark.parametrize(("lang", "compare"), [("fr", "previous"), ("en", "all")])
def test_the_demo_monograph_adds_up(demo_master: Path, lang: str, compare: str) -> None:
    """The issue's row « 1,7 — 2,2 — +0,6 » was one of these."""
    db = open_database(demo_master)
    try:
        checked = _render(db, lang, compare, None)
    finally:
        db.close()
    assert checked.problems == []
    assert checked.changes == 6  # five dimensions and the overall maturity
    assert checked.lead_changes >= 1
    assert checked.share_lists == 1
    assert checked.share_mentions >= 4  # summary, evolution, indicators, funders' page
    assert checked.totals >= 5
    assert checked.grand_totals >= 1


def _amount() -> st.SearchStrategy[float | None]:
    euros = st.integers(0, 400_000)
    return st.one_of(
        st.none(),
        euros.map(float),
        euros.map(lambda e: e + 0.5),  # a tie: whole euros round it up
        st.floats(0, 400_000, allow_nan=False),
    )


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    seed=st.integers(0, 10**6),
    years=st.integers(2, 4),
    participants=st.integers(1, 7),
    lang=st.sampled_from(["fr", "en"]),
    compare=st.sampled_from(["previous", "all"]),
    amounts=st.lists(_amount(), min_size=16, max_size=16),
    levels=st.dictionaries(st.integers(0, 49), st.integers(0, 3), max_size=50),
)
@example(  # thirds of a whole (33 + 33 + 33 = 99 %) and half euros (100 + 100 ≠ 201 €)
    seed=1,
    years=2,
    participants=3,
    lang="fr",
    compare="previous",
    amounts=[100.5, 100.5, 100.5, *[None] * 5, 100.5, *[None] * 7],
    levels={},
)
def test_random_assessments_add_up(
    seed: int,
    years: int,
    participants: int,
    lang: str,
    compare: str,
    amounts: list[float | None],
    levels: dict[int, int],
) -> None:
    """Random answers (a seed), consensus levels on some items and amounts with cents."""
    from diagapp.services.demo import write_demo

    questionnaire = catalog.questionnaire()
    monetary = [r.key for r in questionnaire.funding.resources if r.monetary]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "generated.sqlite"
        write_demo(path, years=years, participants=participants, seed=seed)
        db = open_database(path, backup=False)
        try:
            latest = assessments.load_assessment(db, assessments.latest_assessment(db))
            cells = [(s.id, k) for s in latest.structures for k in monetary]
            for (structure_id, key), amount in zip(cells, amounts, strict=False):
                answers.set_funding_cell(
                    db,
                    structure_id=structure_id,
                    resource=key,
                    intensity=0 if amount is None else 2,
                    amount_eur=amount,
                )
            for index, value in levels.items():
                answers.record_answer(
                    db,
                    assessment_id=latest.id,
                    participant_id=None,
                    item_id=questionnaire.items[index % len(questionnaire.items)].id,
                    value=value,
                )
            checked = _render(db, lang, compare, FIGURES)
        finally:
            db.close()
    assert checked.problems == []
    assert checked.changes >= 1
    if any(a for a in amounts):
        assert checked.totals >= 1
