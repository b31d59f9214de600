"""Size limits of the phone API and a token-bucket rate limiter per device."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True, kw_only=True)
class Limits:
    """How much a phone may send: field sizes, body size and request rates."""

    body_bytes: int = 8 * 1024
    first_name: int = 60
    organisation: int = 120
    card_text: int = 500
    commitment_text: int = 300
    request_id: int = 64
    quantity_max: float = 1_000_000_000.0
    # What a JSON body may hold at all (the page's requests are flat objects of short values).
    number_chars: int = 24  # an identifier is below 2**63 (19 digits)
    string_chars: int = 2_000  # any string; each text field has its own, smaller limit
    json_depth: int = 3
    json_keys: int = 32
    max_devices: int = 1000
    # Writes (cards, votes, commitments) per device: a burst, then one every 2 s.
    write_burst: float = 15.0
    write_per_second: float = 0.5
    # Reads (the page polls the state) per device.
    read_burst: float = 30.0
    read_per_second: float = 2.0
    # New participants per network address (a phone joining again with its token is not a
    # new one): a phone is one participant, so three (a typo corrected, a phone lent once),
    # then one every five minutes. A script minting identities to stuff a vote gets no more.
    join_burst: float = 3.0
    join_per_second: float = 1 / 300


@dataclass
class TokenBucket:
    """Holds up to `capacity` tokens, refilled at `rate` per second; a request takes one."""

    capacity: float
    rate: float
    tokens: float
    updated: float

    def take(self, now: float) -> float:
        """Take a token; return 0 when allowed, else the seconds to wait for one."""
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return 0.0
        return (1.0 - self.tokens) / self.rate if self.rate > 0 else float("inf")


@dataclass
class RateLimiter:
    """One token bucket per key (a device or an address), created full on first use."""

    capacity: float
    rate: float
    clock: Callable[[], float] = time.monotonic
    max_keys: int = 10_000
    _buckets: dict[str, TokenBucket] = field(default_factory=dict)

    def wait_for(self, key: str) -> float:
        """Seconds `key` must wait before this request is allowed (0: allowed, token taken)."""
        now = self.clock()
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= self.max_keys:
                self._forget_full(now)
            bucket = TokenBucket(self.capacity, self.rate, self.capacity, now)
            self._buckets[key] = bucket
        return bucket.take(now)

    def _forget_full(self, now: float) -> None:
        """Drop the buckets that have refilled (they hold no memory of past requests)."""
        full_after = self.capacity / self.rate if self.rate > 0 else float("inf")
        self._buckets = {
            key: bucket
            for key, bucket in self._buckets.items()
            if now - bucket.updated < full_after
        }
