"""Who may answer in the room: the join code, each participant's personal token, the limits.

Everything here is in memory and lives as long as the room: closing the room forgets every
token, so a phone that kept one can no longer write anything.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

# No 0/O, 1/I/L: read aloud or from a projector, the code is typed without doubt.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6  # 31**6 ≈ 887 million codes
JOIN_FAILURES_PER_MINUTE = 5  # per phone address: guessing the code takes centuries
JOINS_PER_MINUTE = 60  # per phone address, successful or not: no flood of new participants


def new_join_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(text: str) -> str:
    """What a participant typed, as the code is stored: spaces and dashes dropped, upper case."""
    return "".join(c for c in text.upper() if c not in " -\u00a0")[:32]


@dataclass
class Seat:
    """A participant's place in the room: which participant a token writes for."""

    participant_id: int
    joined_at: float
    last_seen: float
    answers_saved: int = 0


@dataclass
class RoomState:
    """The room's door and its keys. Thread-safe: the server's threads and the window share it."""

    assessment_id: int
    join_code: str = field(default_factory=new_join_code)
    clock: Callable[[], float] = time.monotonic
    joining_open: bool = True
    closed: bool = False
    _seats: dict[str, Seat] = field(default_factory=dict)
    _attempts: dict[str, deque[tuple[float, bool]]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    listeners: list[Callable[[str, int], None]] = field(default_factory=list)

    # --- the door ---------------------------------------------------------------------------

    def may_try(self, client: str) -> bool:
        """False when `client` (a phone's address) tried too often in the last minute."""
        with self._lock:
            recent = self._recent(client)
            failures = sum(1 for _t, ok in recent if not ok)
            return failures < JOIN_FAILURES_PER_MINUTE and len(recent) < JOINS_PER_MINUTE

    def check_code(self, client: str, typed: str) -> bool:
        """Whether `typed` is the join code; every try counts against `client`'s limit."""
        good = hmac.compare_digest(normalise_code(typed).encode(), self.join_code.encode())
        with self._lock:
            self._recent(client).append((self.clock(), good))
        return good

    def _recent(self, client: str) -> deque[tuple[float, bool]]:
        tries = self._attempts.setdefault(client, deque(maxlen=JOINS_PER_MINUTE + 1))
        while tries and tries[0][0] < self.clock() - 60:
            tries.popleft()
        if len(self._attempts) > 10_000:  # a flood of spoofed addresses: forget the oldest
            self._attempts.pop(next(iter(self._attempts)))
        return tries

    # --- the keys ---------------------------------------------------------------------------

    def seat(self, participant_id: int) -> str:
        """A new personal token for `participant_id` (a phone that joins again gets a new one;
        the old one stops working, so a lost phone can be replaced)."""
        token = secrets.token_urlsafe(32)
        now = self.clock()
        with self._lock:
            for old in [t for t, s in self._seats.items() if s.participant_id == participant_id]:
                del self._seats[old]
            self._seats[token] = Seat(participant_id, now, now)
        self._tell("joined", participant_id)
        return token

    def participant_for(self, token: str | None) -> int | None:
        """The participant this token writes for, or None (unknown token, room closed)."""
        if not token or self.closed:
            return None
        with self._lock:
            seat = self._seats.get(token)
            if seat is None:
                return None
            seat.last_seen = self.clock()
            return seat.participant_id

    def release(self, participant_id: int) -> None:
        """Forget the phone of `participant_id` (lost or changed): their name can be picked
        again, from a new phone; the old token writes nothing any more."""
        with self._lock:
            for old in [t for t, s in self._seats.items() if s.participant_id == participant_id]:
                del self._seats[old]
        self._tell("released", participant_id)

    def saved(self, participant_id: int, item_id: str) -> None:
        with self._lock:
            for seat in self._seats.values():
                if seat.participant_id == participant_id:
                    seat.answers_saved += 1
        self._tell(item_id, participant_id)

    def connected(self) -> list[int]:
        """Participants holding a token, in the order they joined."""
        with self._lock:
            seats = sorted(self._seats.values(), key=lambda s: s.joined_at)
            return [s.participant_id for s in seats]

    def close(self) -> None:
        """No more writes, no more joins; every token forgotten."""
        with self._lock:
            self.closed = True
            self.joining_open = False
            self._seats.clear()
        self._tell("closed", 0)

    def _tell(self, what: str, participant_id: int) -> None:
        for listener in list(self.listeners):
            listener(what, participant_id)
