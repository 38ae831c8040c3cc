"""Room mode over real HTTP (no browser): joining, personal tokens, validation, headers, stop."""

from __future__ import annotations

import http.client
import json
import re
import socket
from typing import Any

import pytest
from room_workshop import Workshop

from diagapp.room.server import RoomError, RoomServer, check_address, qr_svg
from diagapp.room.state import JOIN_FAILURES_PER_MINUTE, RoomState, normalise_code
from diagapp.services import assessments

ITEM = "ressort.besoin_territoire"


class Phone:
    """One phone: its own cookies, talking HTTP to the room."""

    def __init__(self, server: RoomServer) -> None:
        self.server = server
        self.cookies: dict[str, str] = {}

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, str], str]:
        conn = http.client.HTTPConnection(self.server.address, self.server.port, timeout=10)
        sent = dict(headers or {})
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        conn.request(method, path, body=body, headers=sent)
        response = conn.getresponse()
        text = response.read().decode()
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key] = rest.split(";")[0]
        conn.close()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, text

    def form(self, path: str, **fields: str) -> tuple[int, str]:
        from urllib.parse import urlencode

        status, _h, text = self.request(
            "POST",
            path,
            urlencode(fields).encode(),
            {"Content-Type": "application/x-www-form-urlencoded"},
        )
        return status, text

    def answer(self, **data: Any) -> tuple[int, dict[str, Any]]:
        status, _h, text = self.request(
            "POST", "/api/answer", json.dumps(data).encode(), {"Content-Type": "application/json"}
        )
        return status, json.loads(text)

    def join_as(self, participant_id: int) -> None:
        status, _ = self.form(
            "/pick", code=self.server.room.join_code, participant=str(participant_id)
        )
        assert status == 303


def test_a_participant_joins_with_the_code_and_answers_in_the_same_database(
    room_server: RoomServer, workshop: Workshop
) -> None:
    phone = Phone(room_server)
    status, page = phone.form("/join", code=room_server.room.join_code.lower())
    assert status == 200 and "Alice" in page and "Bruno" in page
    phone.join_as(workshop.alice)
    status, data = phone.answer(
        item=ITEM, level=2, evidence="Compte rendu du 3 mars", note="à voir"
    )
    assert status == 200 and data == {"ok": True, "answered": 1, "total": 56}
    assert workshop.stored(workshop.alice) == {ITEM: (2, False, "Compte rendu du 3 mars", "à voir")}
    assert workshop.stored(None) == {}  # the consensus is the team's, never a phone's


def test_a_wrong_code_is_refused_and_guessing_is_rate_limited(room_server: RoomServer) -> None:
    phone = Phone(room_server)
    for _ in range(JOIN_FAILURES_PER_MINUTE):
        status, page = phone.form("/join", code="AAAAAA")
        assert status == 403 and "pas le bon" in page
    status, page = phone.form("/join", code=room_server.room.join_code)
    assert status == 429 and "Trop d&#39;essais" in page  # even the right code must wait
    assert "diagapp_room" not in phone.cookies


def test_a_token_writes_only_its_own_answers_never_another_nor_the_consensus(
    room_server: RoomServer, workshop: Workshop
) -> None:
    alice, bruno = Phone(room_server), Phone(room_server)
    alice.join_as(workshop.alice)
    bruno.join_as(workshop.bruno)
    assert alice.cookies["diagapp_room"] != bruno.cookies["diagapp_room"]
    # naming another participant, or the consensus, in the request is refused outright
    for extra in ({"participant": workshop.bruno}, {"participant_id": None}, {"consensus": True}):
        status, _ = alice.answer(item=ITEM, level=3, **extra)
        assert status == 400
    assert alice.answer(item=ITEM, level=1)[0] == 200
    assert bruno.answer(item=ITEM, level=3)[0] == 200
    assert workshop.stored(workshop.alice)[ITEM][0] == 1
    assert workshop.stored(workshop.bruno)[ITEM][0] == 3
    assert workshop.stored(None) == {}
    # a made-up token writes nothing
    stranger = Phone(room_server)
    stranger.cookies["diagapp_room"] = "x" * 43
    assert stranger.answer(item=ITEM, level=0)[0] == 401


def test_a_claimed_name_cannot_be_taken_from_another_phone(
    room_server: RoomServer, workshop: Workshop
) -> None:
    Phone(room_server).join_as(workshop.alice)
    thief = Phone(room_server)
    status, page = thief.form(
        "/pick", code=room_server.room.join_code, participant=str(workshop.alice)
    )
    assert status == 409 and "déjà utilisé" in page
    assert "diagapp_room" not in thief.cookies


@pytest.mark.parametrize(
    "data",
    [
        {"item": "inconnu.item", "level": 1},
        {"item": ITEM, "level": 4},
        {"item": ITEM, "level": True},
        {"item": ITEM, "level": "2"},
        {"item": ITEM, "level": "na"},  # « non concerné » is not offered for this item
        {"item": ITEM, "evidence": 12},
        {"item": ITEM, "evidence": "x" * 20_001},
        {"item": ITEM, "note": "bip\x1b[2J"},
        {"level": 1},
    ],
)
def test_bad_answers_are_refused_and_nothing_is_stored(
    room_server: RoomServer, workshop: Workshop, data: dict[str, Any]
) -> None:
    phone = Phone(room_server)
    phone.join_as(workshop.alice)
    status, body = phone.answer(**data)
    assert status == 400 and body["error"]
    assert workshop.stored(workshop.alice) == {}


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (
            "en-GB,en;q=0.9",
            "The evidence is longer than allowed: 20,001 characters for 20,000 at most. "
            "Shorten this text.",
        ),
        (
            "fr-FR,fr;q=0.9",
            "L'élément de preuve dépasse la longueur permise : 20\u202f001 caractères pour "
            "20\u202f000 au plus. Raccourcissez ce texte.",
        ),
    ],
)
def test_a_refused_answer_is_explained_in_the_phone_language(
    room_server: RoomServer, workshop: Workshop, accept: str, expected: str
) -> None:
    phone = Phone(room_server)
    phone.join_as(workshop.alice)
    status, _h, text = phone.request(
        "POST",
        "/api/answer",
        json.dumps({"item": ITEM, "level": 2, "evidence": "x" * 20_001}).encode(),
        {"Content-Type": "application/json", "Accept-Language": accept},
    )
    assert status == 400 and json.loads(text) == {"error": expected}
    assert "Traceback" not in text
    assert workshop.stored(workshop.alice) == {}


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"item": ITEM, "level": 4}, f"Level 4 is outside the 0 to 3 scale for {ITEM}."),
        ({"item": ITEM, "level": "na"}, f"“Not applicable” is not offered for {ITEM}."),
        (
            {"item": ITEM, "note": "bip\x1b[2J"},
            "The private note contains a control character (U+001B) that no document can "
            "show. Remove it.",
        ),
        ({"item": ITEM, "level": "2"}, "Request refused."),
    ],
)
def test_an_english_phone_gets_every_refusal_in_english(
    room_server: RoomServer, workshop: Workshop, data: dict[str, Any], expected: str
) -> None:
    phone = Phone(room_server)
    phone.join_as(workshop.alice)
    phone.request(
        "GET", "/item/1?lang=en"
    )  # the phone's remembered choice, as the page's link sets it
    status, body = phone.answer(**data)
    assert (status, body) == (400, {"error": expected})
    assert workshop.stored(workshop.alice) == {}


def test_a_name_refused_on_an_english_phone_is_explained_in_english(
    room_server: RoomServer, workshop: Workshop
) -> None:
    from urllib.parse import urlencode

    status, _h, page = Phone(room_server).request(
        "POST",
        "/pick?lang=en",
        urlencode({"code": room_server.room.join_code, "name": "Zo\x07e", "college": ""}).encode(),
        {"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert status == 400
    assert "The participant&#39;s name contains a control character (U+0007)" in page
    assert "caractère" not in page and "Traceback" not in page
    assert [
        p.name
        for p in assessments.load_assessment(workshop.db, workshop.assessment_id).participants
    ] == ["Alice", "Bruno"]


def test_names_typed_on_a_phone_are_escaped_on_the_others(
    room_server: RoomServer, workshop: Workshop
) -> None:
    mallory = Phone(room_server)
    status, _ = mallory.form(
        "/pick", code=room_server.room.join_code, name="<script>alert(1)</script>", college="X"
    )
    assert status == 303
    _s, page = Phone(room_server).form("/join", code=room_server.room.join_code)
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page


def test_every_page_carries_the_security_headers(room_server: RoomServer) -> None:
    status, headers, _ = Phone(room_server).request("GET", "/")
    assert status == 200
    csp = headers["content-security-policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert "http" not in csp  # nothing from elsewhere is allowed
    assert headers["x-frame-options"] == "DENY"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"


def test_another_host_name_or_origin_is_refused(
    room_server: RoomServer, workshop: Workshop
) -> None:
    phone = Phone(room_server)
    status, _h, _t = phone.request("GET", "/", headers={"Host": "evil.example:8765"})
    assert status == 421  # DNS rebinding: a web page's own domain pointed at the laptop
    phone.join_as(workshop.alice)
    status, _h, _t = phone.request(
        "POST",
        "/api/answer",
        json.dumps({"item": ITEM, "level": 1}).encode(),
        {"Content-Type": "application/json", "Origin": "http://evil.example"},
    )
    assert status == 403
    assert workshop.stored(workshop.alice) == {}


def test_closing_joining_keeps_those_in_and_refuses_newcomers(
    room_server: RoomServer, workshop: Workshop
) -> None:
    inside = Phone(room_server)
    inside.join_as(workshop.alice)
    room_server.room.joining_open = False
    status, page = Phone(room_server).form("/join", code=room_server.room.join_code)
    assert status == 403 and "inscriptions sont fermées" in page
    assert inside.answer(item=ITEM, level=2)[0] == 200


def test_after_closing_nothing_answers_and_nothing_listens(
    room_server: RoomServer, workshop: Workshop
) -> None:
    phone = Phone(room_server)
    phone.join_as(workshop.alice)
    room_server.room.close()  # « Fermer l'atelier »: the end page during the grace period
    status, _h, page = phone.request("GET", "/item/1")
    assert status == 410 and "atelier est terminé" in page
    assert phone.answer(item=ITEM, level=2)[0] == 410
    room_server.stop()
    with socket.socket() as probe:
        assert probe.connect_ex((room_server.address, room_server.port)) != 0
    assert workshop.stored(workshop.alice) == {}


def test_the_room_is_never_offered_on_every_interface() -> None:
    with pytest.raises(RoomError, match="toutes les interfaces"):
        check_address("0.0.0.0")
    with pytest.raises(RoomError, match="aucune interface"):
        check_address("203.0.113.77")
    with pytest.raises(RoomError, match="n'est pas une adresse"):
        check_address("localhost; rm")
    assert check_address("127.0.0.1") == "127.0.0.1"


def test_join_codes_are_random_and_easy_to_type() -> None:
    codes = {RoomState(1).join_code for _ in range(50)}
    assert len(codes) == 50
    assert all(len(c) == 6 and not set(c) & set("01OIL") for c in codes)
    assert normalise_code(" ab-c d2 ") == "ABCD2"


def test_the_qr_code_holds_the_address_with_the_code() -> None:
    svg = qr_svg("http://192.168.1.10:8765/?code=ABCDEF")
    assert svg.startswith(b"<?xml") and b"<svg" in svg


def test_a_phone_coming_back_resumes_at_its_first_unanswered_item_in_its_language(
    room_server: RoomServer, workshop: Workshop
) -> None:
    phone = Phone(room_server)
    phone.join_as(workshop.alice)
    assert phone.answer(item=ITEM, level=1)[0] == 200
    status, headers, _ = phone.request("GET", "/")
    assert status == 303 and headers["location"].endswith("/item/2")
    status, _h, page = phone.request("GET", "/item/1?lang=en")
    assert status == 200 and "You are answering as Alice" in page and 'lang="en"' in page
    assert re.search(r'value="1"\s*checked', page) and page.count("checked") == 1
    status, _h, page = phone.request("GET", "/item/2")  # the choice is remembered
    assert "Item 2 of 56" in page
