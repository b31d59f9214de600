"""A live session's state: access code, phones, open zones, mode, limits and the inbox."""

from __future__ import annotations

import dataclasses
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from workshop.domain.records import PersonId
from workshop.domain.text import fold
from workshop.live.access import code_matches, new_access_code, new_device_token
from workshop.live.api import JoinRequest, LiveError
from workshop.live.limits import Limits, RateLimiter
from workshop.live.matches import MatchList
from workshop.live.moderation import Author, Inbox

CONNECTED_WINDOW_S = 60.0
_REMEMBERED_ANSWERS = 20_000


def _identity(author: Author) -> tuple[str, str]:
    """The name a phone gave, as the session recognises it again (until phones carry an
    identity of their own)."""
    return fold(" ".join(author.first_name.split())), fold(" ".join(author.organisation.split()))


@dataclass
class Device:
    """A phone that joined: who holds it, and when it was last heard from."""

    author: Author
    last_seen: float


@dataclass(frozen=True)
class Answer:
    """The reply given to a write, replayed as is when the phone retries it."""

    status: int
    payload: dict[str, Any]


@dataclass
class LiveSession:
    """Everything the server remembers between requests (in memory: see the issue note).

    Contributions waiting in the inbox are not records yet; the facilitator moderates them
    during the session, so they live as long as the application, not in the database.
    """

    limits: Limits = field(default_factory=Limits)
    clock: Callable[[], float] = time.monotonic
    code: str = field(default_factory=new_access_code)
    moderated: bool = False
    closed_zones: set[int] = field(default_factory=set)
    inbox: Inbox = field(default_factory=Inbox)
    matches: MatchList = field(default_factory=MatchList)
    devices: dict[str, Device] = field(default_factory=dict)

    def __post_init__(self) -> None:
        limits = self.limits
        self._writes = RateLimiter(limits.write_burst, limits.write_per_second, self.clock)
        self._reads = RateLimiter(limits.read_burst, limits.read_per_second, self.clock)
        self._joins = RateLimiter(limits.join_burst, limits.join_per_second, self.clock)
        self._answers: OrderedDict[tuple[str, str], Answer] = OrderedDict()
        self._identities: dict[tuple[str, str], PersonId] = {}

    def check_code(self, given: str | None) -> None:
        if not code_matches(self.code, given):
            raise LiveError(403, "bad_code")

    def bind(self, token: str, person_id: PersonId) -> None:
        """A joined phone speaks for this registry person from now on (and when it joins again
        with the same name, after a restart of the server: see `remembered`)."""
        device = self.devices.get(token)
        if device is not None:
            device.author = dataclasses.replace(device.author, person_id=person_id)
            self._identities[_identity(device.author)] = person_id

    def remembered(self, author: Author) -> PersonId | None:
        """The person a phone with this name spoke for earlier in the session, if any."""
        return self._identities.get(_identity(author))

    def rebind(self, dropped: PersonId, kept: PersonId) -> None:
        """A phone's person was merged into another (the facilitator confirmed a match): the
        phones and their waiting contributions speak for the one kept."""
        for device in self.devices.values():
            if device.author.person_id == dropped:
                device.author = dataclasses.replace(device.author, person_id=kept)
        for key, person_id in self._identities.items():
            if person_id == dropped:
                self._identities[key] = kept
        self.inbox.rebind(dropped, kept)

    def forget(self, token: str) -> None:
        """A join that could not be completed: the phone is not joined."""
        self.devices.pop(token, None)

    def join(self, request: JoinRequest, address: str) -> str:
        """Register a phone and return its token (429 when an address joins too often)."""
        self._limit(self._joins, "join:" + address)
        if len(self.devices) >= self.limits.max_devices:
            self._forget_idle()
            if len(self.devices) >= self.limits.max_devices:
                raise LiveError(503, "full")
        token = new_device_token()
        author = Author(
            first_name=request.first_name,
            organisation=request.organisation,
            organisation_kind=request.organisation_kind,
        )
        self.devices[token] = Device(author=author, last_seen=self.clock())
        return token

    def device(self, token: str | None, *, write: bool) -> Device:
        """The phone behind a token, seen now (401 unknown, 429 over its rate)."""
        device = self.devices.get(token or "")
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

    def answered(self, token: str, request_id: str) -> Answer | None:
        """The reply already given to this write, when the phone sends it again."""
        return self._answers.get((token, request_id))

    def remember(self, token: str, request_id: str, answer: Answer) -> None:
        self._answers[(token, request_id)] = answer
        while len(self._answers) > _REMEMBERED_ANSWERS:
            self._answers.popitem(last=False)

    def _limit(self, limiter: RateLimiter, key: str) -> None:
        wait = limiter.wait_for(key)
        if wait > 0:
            raise LiveError(429, "too_many", retry_after=wait)

    def _forget_idle(self) -> None:
        since = self.clock() - CONNECTED_WINDOW_S
        self.devices = {t: d for t, d in self.devices.items() if d.last_seen >= since}
