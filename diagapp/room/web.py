"""The phone pages: a small Flask app whose routes call the same services as the window.

Templates (autoescaped: a name typed on one phone is shown on the others) and the little
JavaScript live in resources/room/, served by the laptop itself: no page fetches anything from
elsewhere, and the Content-Security-Policy forbids it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask, Response, abort, jsonify, redirect, render_template, request
from werkzeug.exceptions import HTTPException

from diagapp.domain import model
from diagapp.domain.errors import DiagappError
from diagapp.domain.questionnaire import Questionnaire
from diagapp.paths import resources_dir
from diagapp.room.state import RoomState
from diagapp.room.wording import WORDS, pick_language, refusal
from diagapp.services import answers, assessments, catalog, participant_answers
from diagapp.services.limits import MAX_LONG_TEXT
from diagapp.services.workspace import Database

TOKEN_COOKIE = "diagapp_room"  # noqa: S105 - the cookie's name, not a secret
LANG_COOKIE = "diagapp_lang"
TOKEN_MAX_AGE_S = 12 * 3600
ANSWER_KEYS = frozenset({"item", "level", "evidence", "note"})
LEVELS = {"0": 0, "1": 1, "2": 2, "3": 3}

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    # same-origin, not no-referrer: with no-referrer Chromium sends « Origin: null » on our own
    # form posts, and the origin check below could not tell them from a foreign page's
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "Cache-Control": "no-store",
}


class Refused(DiagappError):
    """A request the room refuses (bad form, unknown item): 400 with a message."""


def create_app(db: Database, room: RoomState, *, host: str) -> Flask:
    """The app for one room: `host` (address:port) is the only Host header it answers to,
    so a web page that rebinds a domain name to the laptop cannot reach it."""
    web = resources_dir() / "room"
    app = Flask(
        __name__,
        template_folder=str(web / "templates"),
        static_folder=str(web / "static"),
        static_url_path="/static",
    )
    # An answer holds at most three long texts (UTF-8: up to 4 bytes a character).
    app.config["MAX_CONTENT_LENGTH"] = 4 * 3 * MAX_LONG_TEXT + 4096
    app.config["TEMPLATES_AUTO_RELOAD"] = False
    assessment = assessments.load_assessment(db, room.assessment_id)
    questionnaire = catalog.questionnaire(assessment.questionnaire_version)
    items = questionnaire.items

    def lang() -> str:
        return pick_language(
            request.args.get("lang"),
            request.cookies.get(LANG_COOKIE),
            request.headers.get("Accept-Language"),
        )

    def page(template: str, status: int = 200, **values: Any) -> Response:
        chosen = lang()
        body = render_template(
            template, w=WORDS[chosen], lang=chosen, other="en" if chosen == "fr" else "fr", **values
        )
        response = Response(body, status=status, mimetype="text/html")
        if request.args.get("lang") == chosen:
            response.set_cookie(LANG_COOKIE, chosen, max_age=86400, samesite="Strict")
        return response

    def me() -> int | None:
        return room.participant_for(request.cookies.get(TOKEN_COOKIE))

    @app.before_request
    def guard() -> Response | None:
        if request.host != host:
            abort(421)  # another name for this address: DNS rebinding, refused
        origin = request.headers.get("Origin")
        if request.method != "GET" and origin not in (None, f"http://{host}"):
            abort(403)
        if room.closed and not request.path.startswith("/static/"):
            if request.path.startswith("/api/"):
                return _json({"closed": True}, 410)
            return page("closed.html", 410)
        return None

    @app.after_request
    def secure(response: Response) -> Response:
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.errorhandler(DiagappError)
    def refused(exc: DiagappError) -> Response:
        message = refusal(str(exc), lang())  # the services say it in French: the phone's language
        if request.path.startswith("/api/"):
            return _json({"error": message}, 400)
        return page("message.html", 400, message=message)

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> Response:
        status = exc.code or 400
        if request.path.startswith("/api/"):
            return _json({"error": exc.name}, status)
        words = WORDS[lang()]
        return page(
            "message.html", status, message=words["not_found" if status == 404 else "bad_request"]
        )

    @app.get("/")
    def home() -> Response:
        participant_id = me()
        if participant_id is not None:  # back later: the first item still unanswered
            mine = own(participant_id)
            todo = [n for n, i in enumerate(items, 1) if not (i.id in mine and mine[i.id].answered)]
            return _see_other(f"/item/{todo[0]}" if todo else "/done")
        return page("join.html", code=request.args.get("code", "")[:32])

    def door() -> tuple[str, Response | None]:
        """The code the form carries, or the page refusing it (joining closed, too many
        tries from this phone, wrong code). Every try counts against the phone's limit."""
        words = WORDS[lang()]
        client = request.remote_addr or "?"
        code = _text(request.form, "code", 32)
        if not room.joining_open:
            return code, page("join.html", 403, error=words["joining_closed"])
        if not room.may_try(client):
            return code, page("join.html", 429, error=words["too_many"])
        if not room.check_code(client, code):
            return code, page("join.html", 403, error=words["wrong_code"], code=code)
        return code, None

    @app.post("/join")
    def join() -> Response:
        code, refusal = door()
        return refusal or pick_page(code)

    def pick_page(code: str, status: int = 200, error: str = "") -> Response:
        current = assessments.load_assessment(db, room.assessment_id)
        taken = set(room.connected())
        return page(
            "pick.html",
            status,
            code=code,
            participants=[(p, p.id in taken) for p in current.participants],
            colleges=current.colleges,
            error=error,
        )

    @app.post("/pick")
    def pick() -> Response:
        code, refusal = door()
        if refusal is not None:
            return refusal
        words = WORDS[lang()]
        chosen = request.form.get("participant", "")
        if chosen:
            current = assessments.load_assessment(db, room.assessment_id)
            if not chosen.isdigit() or int(chosen) not in {p.id for p in current.participants}:
                raise Refused(words["bad_request"])
            participant_id = int(chosen)
            if participant_id in room.connected():
                return pick_page(code, 409, words["taken_refused"])
            names[participant_id] = current.participant(participant_id).display_name()
        else:
            name = _text(request.form, "name", 200)
            if not name.strip():
                return pick_page(code, 400, words["no_name"])
            participant_id = answers.add_participant(
                db,
                assessment_id=room.assessment_id,
                name=name,
                college=_text(request.form, "college", 200),
            )
            names[participant_id] = name.strip()
        response = _see_other("/item/1")
        response.set_cookie(  # kept for the day: the phone comes back to its answers
            TOKEN_COOKIE,
            room.seat(participant_id),
            max_age=TOKEN_MAX_AGE_S,
            httponly=True,
            samesite="Strict",
        )
        return response

    names: dict[int, str] = {}  # participant id -> the name shown on their own pages

    def own(participant_id: int) -> dict[str, model.Answer]:
        return participant_answers.own_answers(
            db, assessment_id=room.assessment_id, participant_id=participant_id
        )

    @app.get("/item/<int:number>")
    def item(number: int) -> Response:
        participant_id = me()
        if participant_id is None:
            return _see_other("/")
        if not 1 <= number <= len(items):
            abort(404)
        mine = own(participant_id)
        return page(
            "item.html",
            item=items[number - 1],
            dimension=_dimension_of(questionnaire, items[number - 1].id),
            answer=mine.get(items[number - 1].id),
            number=number,
            total=len(items),
            answered=sum(1 for a in mine.values() if a.answered),
            who=names.get(participant_id, ""),
        )

    @app.post("/item/<int:number>")
    def item_form(number: int) -> Response:
        """The same save without JavaScript: the form posts, the next item comes."""
        participant_id = me()
        if participant_id is None:
            return _see_other("/")
        save(participant_id, _form_answer(request.form))
        return _see_other(f"/item/{number + 1}" if number < len(items) else "/done")

    @app.get("/done")
    def done() -> Response:
        participant_id = me()
        if participant_id is None:
            return _see_other("/")
        mine = own(participant_id)
        return page(
            "done.html", answered=sum(1 for a in mine.values() if a.answered), total=len(items)
        )

    @app.post("/api/answer")
    def api_answer() -> Response:
        participant_id = me()
        if participant_id is None:
            return _json({"error": "not joined"}, 401)
        data = request.get_json(silent=True)
        if not isinstance(data, dict) or not set(data) <= ANSWER_KEYS or "item" not in data:
            raise Refused(WORDS[lang()]["bad_request"])
        save(participant_id, data)
        mine = own(participant_id)
        answered = sum(1 for a in mine.values() if a.answered)
        return _json({"ok": True, "answered": answered, "total": len(items)})

    @app.get("/api/status")
    def api_status() -> Response:
        return _json({"closed": False, "joined": me() is not None})

    def save(participant_id: int, data: Mapping[str, Any]) -> None:
        """One answer through answers.record_answer, the window's own service: the same
        validation (levels, « non concerné », text limits), the same transaction."""
        item_id = data.get("item")
        if not isinstance(item_id, str) or not questionnaire.has_item(item_id):
            raise Refused(WORDS[lang()]["bad_request"])
        changes: dict[str, Any] = {}
        if "level" in data:
            level = data["level"]
            if level == "na":
                changes["not_applicable"] = True
            elif level is None:
                changes.update(value=None, not_applicable=False)
            elif isinstance(level, int) and not isinstance(level, bool):
                changes["value"] = level
            else:
                raise Refused(WORDS[lang()]["bad_request"])
        for key, keyword in (("evidence", "evidence"), ("note", "private_note")):
            if key in data:
                if not isinstance(data[key], str):
                    raise Refused(WORDS[lang()]["bad_request"])
                changes[keyword] = data[key]
        answers.record_answer(
            db,
            assessment_id=room.assessment_id,
            participant_id=participant_id,  # from the token only: never from the request
            item_id=item_id,
            **changes,
        )
        room.saved(participant_id, item_id)

    return app


def _form_answer(form: Mapping[str, str]) -> dict[str, Any]:
    data: dict[str, Any] = {"item": form.get("item", "")}
    level = form.get("level")
    if level in LEVELS:
        data["level"] = LEVELS[level]
    elif level == "na":
        data["level"] = "na"
    elif level:
        raise Refused(WORDS["fr"]["bad_request"])
    for key in ("evidence", "note"):
        if key in form:
            data[key] = form[key]
    return data


def _dimension_of(questionnaire: Questionnaire, item_id: str) -> Any:
    return next(d for d in questionnaire.dimensions if any(i.id == item_id for i in d.items))


def _text(form: Mapping[str, str], key: str, limit: int) -> str:
    value = form.get(key, "")
    if len(value) > limit:
        raise Refused(WORDS["fr"]["bad_request"])
    return value


def _json(data: dict[str, Any], status: int = 200) -> Response:
    response = jsonify(data)
    response.status_code = status
    return response


def _see_other(location: str) -> Response:
    response = redirect(location, code=303)
    assert isinstance(response, Response)
    return response
