"""The access code carried by the QR code, and the tokens that name each phone."""

from __future__ import annotations

import hashlib
import hmac
import secrets

# No 0/O, 1/I/L: the code may be read aloud or typed from the projector.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
TOKEN_BYTES = 18  # 144 random bits: a phone's token cannot be guessed, only received at join
TOKEN_CHARS = 64  # a longer token header is not one of ours


def new_access_code(length: int = CODE_LENGTH) -> str:
    """A random code, unguessable in the few hours a workshop lasts."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(max(6, length)))


def code_matches(expected: str, given: str | None) -> bool:
    """Whether a phone sent the right code (constant-time, case-insensitive)."""
    if not given:
        return False
    return hmac.compare_digest(expected.upper().encode(), given.strip().upper().encode())


def new_device_token() -> str:
    """The secret a phone gets when it joins and sends with every later request."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def participation_url(host: str, port: int, code: str) -> str:
    """The address the QR code carries."""
    return f"http://{host}:{port}/?code={code}"


def device_key(token: str) -> str:
    """What the database keeps of a phone's token (which cards it may still change): a hash,
    so that nothing read from the file, a backup included, lets anyone speak as that phone."""
    return hashlib.sha256(token.encode()).hexdigest()[:32]
