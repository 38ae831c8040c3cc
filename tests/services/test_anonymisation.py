"""Anonymising the PDF: every way a team types a participant's name in free text is replaced
by the participant's collège and number (services/monograph_data.clean)."""

from __future__ import annotations

import datetime as dt

from diagapp.domain.model import Answer, Assessment, Participant
from diagapp.services.monograph_data import MASKED, clean

PEOPLE = (
    Participant(1, "Claire Martin", "Collectivités"),
    Participant(2, "Jean-Pierre Rose", "Habitants"),
    Participant(3, "Claire Dubois", "Habitants"),
    Participant(4, "Léa", "Salariés", pseudonym="Kiwi"),
)


def _scrubbed(text: str) -> str:
    assessment = Assessment(
        id=1,
        dynamic_id=1,
        dynamic_name="PTCE",
        label="Atelier 2026",
        date=dt.date(2026, 11, 26),
        questionnaire_version=1,
        participants=PEOPLE,
        answers=(Answer("ressort.r1", None, 2, justification=text),),
        fields={"story": text},
    )
    cleaned = clean(assessment, anonymize=True)
    assert cleaned.fields["story"] == cleaned.answers[0].justification
    return cleaned.answers[0].justification


def test_whole_names_in_any_order_and_case() -> None:
    assert _scrubbed("Écrit par Claire Martin.") == "Écrit par Collectivités 1."
    assert _scrubbed("MARTIN Claire a relu") == "Collectivités 1 a relu"
    assert _scrubbed("avec claire  martin") == "avec Collectivités 1"


def test_a_surname_or_first_name_typed_alone() -> None:
    assert _scrubbed("Martin a proposé, Dubois a suivi.") == (
        "Collectivités 1 a proposé, Habitants 2 a suivi."
    )
    assert _scrubbed("Jean-Pierre anime ; Pierre aussi ; JEAN-PIERRE signe.") == (
        "Habitants 1 anime ; Habitants 1 aussi ; Habitants 1 signe."
    )
    assert _scrubbed("Léa et Kiwi") == "Salariés 1 et Salariés 1"


def test_a_first_name_two_people_share_is_masked() -> None:
    assert _scrubbed("Claire a tranché.") == f"{MASKED} a tranché."


def test_ordinary_words_are_left_alone() -> None:
    text = "Une rose, un martin-pêcheur, la pierre angulaire ; claire et nette."
    assert _scrubbed(text) == text
