"""The services' French refusals, said in English to a phone set to English."""

from __future__ import annotations

import pytest

from diagapp.domain.errors import DiagappError
from diagapp.room.wording import refusal
from diagapp.services.limits import MAX_LONG_TEXT, MAX_NAME, check_long_text, check_name

WHATS = {
    "L'élément de preuve": "The evidence",
    "La note personnelle": "The private note",
    "Le nom du participant": "The participant's name",
    "Le collège": "The college",
}


def _said(check: object, *args: object) -> str:
    with pytest.raises(DiagappError) as refused:
        check(*args)  # type: ignore[operator]
    return str(refused.value)


@pytest.mark.parametrize(("what", "english"), WHATS.items())
def test_every_text_the_room_sends_is_refused_in_english(what: str, english: str) -> None:
    too_long = _said(check_long_text, "x" * (MAX_LONG_TEXT + 1), what)
    assert refusal(too_long, "fr") == too_long  # French as the services say it
    assert refusal(too_long, "en") == (
        f"{english} is longer than allowed: 20,001 characters for 20,000 at most. "
        "Shorten this text."
    )
    line_break = _said(check_name, "a\nb", what)
    assert refusal(line_break, "en") == (
        f"{english} contains a line break (U+000A) that no document can show. Remove it."
    )
    assert "201 characters for 200" in refusal(_said(check_name, "y" * (MAX_NAME + 1), what), "en")


def test_a_refusal_the_room_does_not_know_is_never_shown_in_french_to_an_english_phone() -> None:
    assert (
        refusal(
            "Le nuage dépasse la longueur permise : 3 caractères pour 2 au plus. "
            "Raccourcissez ce texte.",
            "en",
        )
        == "Request refused."
    )
    assert refusal("Une erreur imprévue.", "en") == "Request refused."
    assert refusal("Une erreur imprévue.", "fr") == "Une erreur imprévue."
    assert refusal("Demande refusée.", "en") == "Request refused."
