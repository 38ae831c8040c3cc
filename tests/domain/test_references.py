"""The report's 18 reference dynamics, cell for cell against its two tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from diagapp.domain.references import RESOURCE_KEYS, find_reference, nearest
from diagapp.services import catalog

REPORT = Path(__file__).resolve().parents[3] / "shared" / "reference" / "000_d0cbea24b0b91578.txt"
SYMBOL = {"": 0, "+": 1, "++": 2, "+++": 3, "Néant": 0}
TABLE_KEYS = [k for k in RESOURCE_KEYS if k != "equity_contributions"]  # the report's 8 columns


def test_eighteen_dynamics() -> None:
    refs = catalog.references()
    assert len(refs) == 18
    assert len({r.id for r in refs}) == 18


@pytest.mark.skipif(not REPORT.exists(), reason="the report is not beside the checkout")
def test_funding_cells_match_the_report_table() -> None:
    lines = REPORT.read_text(encoding="utf-8").split("\n")
    for ref in catalog.references():
        for structure in ref.structures:
            cells = lines[structure.line - 1].split("\t")
            if structure.name:  # split rows: name | structure | 7 cells, last = in kind
                assert cells[1] == structure.name
                values = cells[2:]
                expected = dict(zip(TABLE_KEYS[:6], values[:6], strict=True))
                expected["loans"], expected["in_kind"] = "", values[6]
            else:
                expected = dict(zip(TABLE_KEYS, cells[1:], strict=True))
            for key in TABLE_KEYS:
                assert structure.intensity[key] == SYMBOL[expected[key]], (ref.id, key)
            # The table has no « fonds propres » column (l.811-812): unknown, not Néant.
            assert structure.intensity["equity_contributions"] is None


@pytest.mark.skipif(not REPORT.exists(), reason="the report is not beside the checkout")
def test_governance_cells_match_the_report_table() -> None:
    lines = REPORT.read_text(encoding="utf-8").split("\n")
    for ref in catalog.references():
        label, status, origin, model, inhabitants, debate = lines[ref.governance_line - 1].split(
            "\t"
        )
        assert label == ref.governance_label
        assert status == ref.legal_status
        assert origin == ref.origin_text
        assert model == ref.economic_model
        assert SYMBOL[inhabitants] == ref.inhabitants
        assert SYMBOL[debate] == ref.debate


def test_known_cells() -> None:
    refs = catalog.references()
    villeurbanne = find_reference(refs, "TZCLD Villeurbanne")
    assert villeurbanne is not None
    assert [s.name for s in villeurbanne.structures] == ["EBE", "Booster"]
    assert villeurbanne.structures[1].intensity["in_kind"] == 3
    assert (villeurbanne.inhabitants, villeurbanne.debate) == (3, 3)
    douaisis = find_reference(refs, "douaisis")
    assert douaisis is not None and douaisis.legal_statuses == ("none_collectivite",)
    assert douaisis.funding_profile()["public_subsidies"] == 3
    eusko = find_reference(refs, "Eusko")
    assert eusko is not None and eusko.funding_profile()["loans"] == 1
    # The SAS beside the SEM is the citizens' one (l.1036), as in the governance options.
    tepos = find_reference(refs, "Cœur Haute Lande")
    assert tepos is not None and tepos.legal_statuses == ("sem", "sas_citoyenne")


def test_find_is_forgiving_but_not_ambiguous() -> None:
    refs = catalog.references()
    found = find_reference(refs, "premery")
    assert found is not None and found.id == "tzcld_premery"
    assert find_reference(refs, "Pôle Mer") is None  # two of them
    assert find_reference(refs, "") is None


def test_nearest_finds_the_same_profile_first() -> None:
    refs = catalog.references()
    bliiida = find_reference(refs, "Bliiida")
    assert bliiida is not None
    matches = nearest(
        refs, bliiida.funding_profile(), bliiida.inhabitants, bliiida.debate, bliiida.origin
    )
    assert matches[0].reference.id == "bliiida"
    assert matches[0].distance == 0 and matches[0].similarity == 1
    assert matches[1].distance > 0


def test_an_unknown_cell_is_left_out_of_the_distance_not_counted_as_neant() -> None:
    refs = catalog.references()
    tepos = find_reference(refs, "TEPOS")
    assert tepos is not None
    assert tepos.funding_profile()["equity_contributions"] is None
    assert tepos.unknown_resources() == {"equity_contributions"}
    ours = {k: v or 0 for k, v in tepos.funding_profile().items()}
    # Citizens' equity in the SEM (l.880) does not move us away from TEPOS: its table cell is
    # unknown, so a dynamic with equity +++ is as close as one without.
    with_equity = dict(ours, equity_contributions=3)
    args = (tepos.inhabitants, tepos.debate, tepos.origin)
    assert nearest([tepos], with_equity, *args)[0].distance == 0
    assert nearest([tepos], ours, *args)[0].similarity == 1


def test_what_the_report_s_text_says_is_loaded_with_its_lines() -> None:
    refs = catalog.references()
    pat = find_reference(refs, "douaisis")
    assert pat is not None and pat.says.origin is not None
    assert pat.says.origin.value == "collectivites"
    assert ("robustesse.gouvernance_partagee", 1, (483, 483)) in [
        (s.key, s.value, s.lines) for s in pat.says.items
    ]
    pole = find_reference(refs, "Pôle Mer Méditerranée")
    assert pole is not None and pole.origin == "pouvoirs_publics"  # the table's category
    assert pole.says.origin is not None and pole.says.origin.value is None  # a State scheme
    assert pole.says.origin.lines == (425, 425)


def test_every_thing_the_report_says_names_the_catalog_and_questionnaire() -> None:
    """references_report_says.yaml: known recommendations, items, fields and options, lines
    inside the report, for each of the 18 dynamics."""
    from diagapp.domain.questionnaire_loader import REPORT_LINES
    from diagapp.services import recommendations

    q = catalog.questionnaire()
    known = recommendations.load_catalog()
    purposes = {o.value for o in q.field("identity.cooperation_purposes").options}
    for ref in catalog.references():
        says = ref.says
        assert says.origin is not None, ref.id  # the §1.2 typology is stated for every one
        everything = [says.origin, *filter(None, [says.purposes])]
        everything += [*says.fields, *says.items, *says.practices]
        for said in everything:
            assert 1 <= said.lines[0] <= said.lines[1] <= REPORT_LINES, (ref.id, said)
        for said in says.practices:
            assert said.key in known, (ref.id, said.key)
        for said in says.items:
            assert q.has_item(said.key) and 0 <= said.value <= 3, (ref.id, said)
        for said in says.fields:
            option = q.field(said.key).option(said.value)
            assert option is not None, (ref.id, said)
        if says.purposes is not None:
            assert set(says.purposes.value) <= purposes, ref.id
