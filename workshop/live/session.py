"""A live session's state: access code, phones, open zones, mode, limits and the inbox."""

from __future__ import annotations

import dataclasses
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeGuard

from workshop.domain.records import PersonId
from workshop.live.access import (
    TOKEN_CHARS,
    code_matches,
    device_key,
    new_access_code,
    new_device_token,
)
from workshop.live.api import JoinRequest, LiveError
from workshop.live.limits import Limits, RateLimiter
from workshop.live.matches import MatchList
from workshop.live.moderation import Author, Inbox
from workshop.storage.store import Store

CONNECTED_WINDOW_S = 60.0
_REMEMBERED_ANSWERS = 20_000
_REMEMBERED_PHONES = 20_000


@dataclass
class Device:
    """A phone that joined: who holds it, and when it was last heard from.

    `author` is the identity declared once, at join, as typed: nothing the phone sends later
    changes it (only the facilitator's "C'est bien X" changes whom it speaks for).
    """

    author: Author
    last_seen: float


@dataclass(frozen=True)
class Answer:
    """The reply given to a write, replayed as is when the phone retries it; `request` is what
    was asked (path and body), so that a request id sent again for something else is refused."""

    status: int
    payload: dict[str, Any]
    request: str = ""


def _is_token(text: str | None) -> TypeGuard[str]:
    """Whether a phone's header looks like a token we gave (random, URL-safe, full length)."""
    return (
        text is not None
        and len(text) == len(new_device_token())
        and text.isascii()
        and text.replace("-", "").replace("_", "").isalnum()
    )


def _no_store() -> Store:
    raise RuntimeError("the inbox of a session without a store")


def _no_inbox() -> Inbox:
    """An inbox with no workshop, until the service gives the session its store's."""
    return Inbox(_no_store, lambda: None)


@dataclass
class LiveSession:
    """Everything the server remembers between requests, in memory (phones, answers, matches).

    The contributions waiting in the inbox are in the database (`workshop.live.moderation`):
    the service gives the session the inbox of its store.
    """

    limits: Limits = field(default_factory=Limits)
    clock: Callable[[], float] = time.monotonic
    code: str = field(default_factory=new_access_code)
    moderated: bool = False
    closed_zones: set[int] = field(default_factory=set)
    inbox: Inbox = field(default_factory=_no_inbox)
    matches: MatchList = field(default_factory=MatchList)
    devices: dict[str, Device] = field(default_factory=dict)

    def __post_init__(self) -> None:
        limits = self.limits
        self._writes = RateLimiter(limits.write_burst, limits.write_per_second, self.clock)
        self._reads = RateLimiter(limits.read_burst, limits.read_per_second, self.clock)
        self._joins = RateLimiter(limits.join_burst, limits.join_per_second, self.clock)
        self._answers: OrderedDict[tuple[str, str], Answer] = OrderedDict()
        # Whom each phone (its token) joined as, kept when an idle phone is forgotten: the
        # phone that joins again with its token is the same participant, never another one.
        self._joined: dict[str, Device] = {}

    def check_code(self, given: str | None) -> None:
        if not code_matches(self.code, given):
            raise LiveError(403, "bad_code")

    def bind(self, token: str, person_id: PersonId) -> None:
        """A joined phone speaks for this registry person from now on (also when it joins
        again with its token: see `rejoin`)."""
        device = self.devices.get(token) or self._joined.get(token)
        if device is not None:
            device.author = dataclasses.replace(device.author, person_id=person_id)

    def rebind(self, dropped: PersonId, kept: PersonId) -> None:
        """A phone's person was merged into another (the facilitator confirmed a match): the
        phones and their waiting contributions speak for the one kept."""
        devices = {id(d): d for d in [*self.devices.values(), *self._joined.values()]}
        for device in devices.values():
            if device.author.person_id == dropped:
                device.author = dataclasses.replace(device.author, person_id=kept)
        self.inbox.rebind(dropped, kept)

    def forget(self, token: str) -> None:
        """A join that could not be completed: the phone is not joined (nor remembered)."""
        self.devices.pop(token, None)
        self._joined.pop(token, None)

    def rejoin(self, token: str | None) -> Device | None:
        """The participant a phone joined as, when it joins again with its token (after the
        server forgot it, or from its page's "join" again): the same one, as declared then;
        None for a phone never seen (a new participant, under the limit of its address)."""
        if not token or len(token) > TOKEN_CHARS:
            return None
        device = self.devices.get(token) or self._joined.get(token)
        if device is None:
            return None
        self._limit(self._writes, token)
        device.last_seen = self.clock()
        self.devices[token] = device
        return device

    def join(self, request: JoinRequest, address: str, previous: str | None = None) -> str:
        """Register a new phone and return its unguessable token (429 when an address adds
        participants too often: one phone is one participant).

        A phone that still holds a token of ours the server no longer knows (the laptop
        restarted) keeps it: what it posted stays its own ("Mes contributions"). Only the
        phone that received a token can present it, so no one takes over another's cards.
        """
        self._limit(self._joins, "join:" + address, "too_many_joins")
        if len(self.devices) >= self.limits.max_devices:
            self._forget_idle()
            if len(self.devices) >= self.limits.max_devices:
                raise LiveError(503, "full")
        token = previous if _is_token(previous) and previous not in self._joined else None
        token = token or new_device_token()
        author = Author(
            first_name=request.first_name,
            organisation=request.organisation,
            organisation_kind=request.organisation_kind,
            device=device_key(token),
        )
        device = Device(author=author, last_seen=self.clock())
        self.devices[token] = device
        self._joined[token] = device
        while len(self._joined) > _REMEMBERED_PHONES:
            self._joined.pop(next(iter(self._joined)))
        return token

    def device(self, token: str | None, *, write: bool) -> Device:
        """The phone behind a token, seen now (401 unknown, 429 over its rate)."""
        device = self.devices.get(token or "") if token and len(token) <= TOKEN_CHARS else None
        if device is None or token is None:
            raise LiveError(401, "not_joined")
        self._limit(self._writes if write else self._reads, token)
        device.last_seen = self.clock()
        return device

    def check_anonymous_read(self, address: str) -> None:
        """A phone that has not joined yet reads the state at the rate of its address."""
        self._limit(self._reads, "address:" + address)

    def phones_connected(self) -> int:
        """Phones heard from in the last minute."""
        since = self.clock() - CONNECTED_WINDOW_S
        return sum(1 for device in self.devices.values() if device.last_seen >= since)

    def zone_open(self, zone_id: int) -> bool:
        return zone_id not in self.closed_zones

    def set_zone_open(self, zone_id: int, is_open: bool) -> None:
        if is_open:
            self.closed_zones.discard(zone_id)
        else:
            self.closed_zones.add(zone_id)

    def answered(self, token: str, request_id: str, request: str = "") -> Answer | None:
        """The reply already given to this write, when the phone sends it again (422 when the
        request id was given to another request)."""
        answer = self._answers.get((token, request_id))
        if answer is not None and request and answer.request and answer.request != request:
            raise LiveError(422, "invalid", "request_id")
        return answer

    def remember(self, token: str, request_id: str, answer: Answer) -> None:
        self._answers[(token, request_id)] = answer
        while len(self._answers) > _REMEMBERED_ANSWERS:
            self._answers.popitem(last=False)

    def forget_answer(self, token: str, request_id: str) -> None:
        """An answer whose writes were not saved after all: the request was never taken."""
        self._answers.pop((token, request_id), None)

    def _limit(self, limiter: RateLimiter, key: str, code: str = "too_many") -> None:
        wait = limiter.wait_for(key)
        if wait > 0:
            raise LiveError(429, code, retry_after=wait)

    def _forget_idle(self) -> None:
        since = self.clock() - CONNECTED_WINDOW_S
        self.devices = {t: d for t, d in self.devices.items() if d.last_seen >= since}
