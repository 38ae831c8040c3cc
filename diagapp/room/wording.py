"""The phone pages' words, French first (the window's own words go through Qt's tr())."""

from __future__ import annotations

import re

LANGS = ("fr", "en")

WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Autodiagnostic — atelier",
        "join_title": "Rejoindre l'atelier",
        "join_intro": "Saisissez le code affiché à l'écran de l'animateur ou de l'animatrice.",
        "code": "Code de l'atelier",
        "join": "Rejoindre",
        "wrong_code": "Ce code n'est pas le bon. Vérifiez-le à l'écran et réessayez.",
        "too_many": "Trop d'essais depuis ce téléphone : attendez une minute avant de réessayer.",
        "joining_closed": "Les inscriptions sont fermées. Demandez à l'animateur ou à l'animatrice de les rouvrir.",
        "pick_title": "Qui êtes-vous ?",
        "pick_intro": "Choisissez votre nom dans la liste, ou ajoutez-vous.",
        "taken": "déjà connecté·e sur un autre téléphone",
        "taken_refused": "Ce nom est déjà utilisé sur un autre téléphone. Si c'est bien vous, demandez à l'animateur ou à l'animatrice de le libérer.",
        "its_me": "C'est moi",
        "add_me": "Je ne suis pas dans la liste",
        "name": "Votre nom",
        "college": "Votre collège (ex. : habitants, entreprises, collectivités)",
        "add": "M'ajouter",
        "no_name": "Indiquez votre nom.",
        "item_of": "Élément {n} sur {total}",
        "answered": "{n} réponse(s) sur {total}",
        "levels": "Votre niveau",
        "na": "Non concerné",
        "evidence": "Élément de preuve (vu par l'équipe)",
        "note": "Note personnelle (pour vous seul·e)",
        "help": "Aide",
        "previous": "Précédent",
        "next": "Suivant",
        "finish": "Terminer",
        "saved": "Enregistré",
        "saving": "Enregistrement…",
        "offline": "Hors connexion : vos réponses seront renvoyées dès le retour du réseau.",
        "refused": "Réponse refusée",
        "done_title": "Merci !",
        "done_text": "Vous avez répondu à {n} élément(s) sur {total}. Vous pouvez revenir sur une réponse tant que l'atelier est ouvert.",
        "review": "Revoir mes réponses",
        "closed_title": "L'atelier est terminé",
        "closed_text": "Merci pour votre participation ! Vos réponses sont enregistrées sur l'ordinateur de l'atelier. Vous pouvez fermer cette page.",
        "not_found": "Cette page n'existe pas.",
        "bad_request": "Demande refusée.",
        "other_lang": "English",
        "you_are": "Vous répondez en tant que {name}.",
    },
    "en": {
        "title": "Self-assessment — workshop",
        "join_title": "Join the workshop",
        "join_intro": "Type the code shown on the facilitator's screen.",
        "code": "Workshop code",
        "join": "Join",
        "wrong_code": "This code is not the right one. Check it on the screen and try again.",
        "too_many": "Too many tries from this phone: wait a minute before trying again.",
        "joining_closed": "Joining is closed. Ask the facilitator to open it again.",
        "pick_title": "Who are you?",
        "pick_intro": "Pick your name in the list, or add yourself.",
        "taken": "already connected on another phone",
        "taken_refused": "This name is already in use on another phone. If it is you, ask the facilitator to free it.",
        "its_me": "That's me",
        "add_me": "I am not in the list",
        "name": "Your name",
        "college": "Your college (e.g. residents, businesses, local authorities)",
        "add": "Add me",
        "no_name": "Type your name.",
        "item_of": "Item {n} of {total}",
        "answered": "{n} answer(s) of {total}",
        "levels": "Your level",
        "na": "Not applicable",
        "evidence": "Evidence (seen by the team)",
        "note": "Private note (for you only)",
        "help": "Help",
        "previous": "Previous",
        "next": "Next",
        "finish": "Finish",
        "saved": "Saved",
        "saving": "Saving…",
        "offline": "Offline: your answers will be sent again as soon as the network is back.",
        "refused": "Answer refused",
        "done_title": "Thank you!",
        "done_text": "You answered {n} item(s) of {total}. You can change an answer while the workshop is open.",
        "review": "Review my answers",
        "closed_title": "The workshop is over",
        "closed_text": "Thank you for taking part! Your answers are saved on the workshop's computer. You can close this page.",
        "not_found": "This page does not exist.",
        "bad_request": "Request refused.",
        "other_lang": "Français",
        "you_are": "You are answering as {name}.",
    },
}


def pick_language(asked: str | None, cookie: str | None, accept: str | None) -> str:
    """`?lang=`, then the remembered choice, then the phone's own language; French otherwise."""
    for choice in (asked, cookie):
        if choice in LANGS:
            return str(choice)
    if accept and accept.strip().lower().startswith("en"):
        return "en"
    return "fr"


# The services refuse in French (the window's language); a phone set to English gets the same
# refusal in English. Each pattern is one service message the room can meet (services.limits,
# services.answers, services.assessments); its named groups are carried over, translated below.
_REFUSALS_EN: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(french), english)
    for french, english in (
        (
            r"(?P<what>.+) dépasse la longueur permise : (?P<n>[\d\u202f]+) caractères pour "
            r"(?P<limit>[\d\u202f]+) au plus\. Raccourcissez ce texte\.",
            "{what} is longer than allowed: {n} characters for {limit} at most. Shorten this text.",
        ),
        (
            r"(?P<what>.+) contient (?P<where>.+) \((?P<code>U\+[0-9A-F]+)\) qu'aucun document "
            r"ne peut afficher\. Retirez-le\.",
            "{what} contains {where} ({code}) that no document can show. Remove it.",
        ),
        (
            r"Niveau (?P<value>.+) hors de l'échelle 0 à 3 pour (?P<item>\S+)\.",
            "Level {value} is outside the 0 to 3 scale for {item}.",
        ),
        (
            r"« Non concerné » n'est pas proposé pour (?P<item>\S+)\.",
            "“Not applicable” is not offered for {item}.",
        ),
        (
            r"Élément inconnu du questionnaire v(?P<version>\S+) : (?P<item>\S+)",
            "Item unknown in questionnaire v{version}: {item}.",
        ),
        (
            r"Participant n° (?P<id>\d+) introuvable dans cette évaluation\.",
            "Participant no. {id} not found in this assessment.",
        ),
        (r"Évaluation n° (?P<id>\d+) introuvable\.", "Assessment no. {id} not found."),
        (
            r"Le nom du participant ne peut pas être vide\.",
            "The participant's name cannot be empty.",
        ),
    )
)
_GROUPS_EN = {
    "what": {
        "L'élément de preuve": "The evidence",
        "La note personnelle": "The private note",
        "La justification": "The justification",
        "Le nom du participant": "The participant's name",
        "Le collège": "The college",
        "Le pseudonyme": "The pseudonym",
    },
    "where": {
        "un retour à la ligne": "a line break",
        "un caractère de contrôle": "a control character",
    },
}
_NUMBERS = frozenset({"n", "limit"})
_ROOM_EN = {WORDS["fr"][key]: WORDS["en"][key] for key in WORDS["fr"]}


def refusal(message: str, lang: str) -> str:
    """A refusal (a service's French message, or one of the room's own words) in `lang`.

    French is shown as is; in English, a message the room does not know becomes the plain
    « Request refused. » rather than French the phone's user may not read."""
    if lang != "en":
        return message
    if message in _ROOM_EN:
        return _ROOM_EN[message]
    for pattern, english in _REFUSALS_EN:
        found = pattern.fullmatch(message)
        if found is None:
            continue
        values: dict[str, str] = {}
        for name, value in found.groupdict().items():
            if name in _NUMBERS:
                values[name] = f"{int(value.replace(chr(0x202F), '')):,}"
            elif name in _GROUPS_EN:
                if value not in _GROUPS_EN[name]:
                    break  # a text the room does not know how to name: the plain refusal
                values[name] = _GROUPS_EN[name][value]
            else:
                values[name] = value
        else:
            return english.format(**values)
    return WORDS["en"]["bad_request"]
