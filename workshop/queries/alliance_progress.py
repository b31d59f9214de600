"""Where an alliance stands from its commitments: the status it may be moved on to."""

from __future__ import annotations

from collections.abc import Iterable

from workshop.domain.records import AllianceId
from workshop.domain.vocabulary import AllianceStatus, CommitmentStatus
from workshop.storage.store import Store

# Commitments the room has agreed to (or that are already done).
SETTLED = frozenset({CommitmentStatus.CONFIRME, CommitmentStatus.REALISE})


def status_to_offer(
    current: AllianceStatus, commitments: Iterable[CommitmentStatus]
) -> AllianceStatus | None:
    """The status to offer an alliance: "Formalisée" once every commitment still standing
    (abandoned ones aside, at least one) is confirmed or done, while it is not yet; else None."""
    standing = [status for status in commitments if status != CommitmentStatus.ABANDONNE]
    if not standing or current == AllianceStatus.FORMALISEE:
        return None
    return AllianceStatus.FORMALISEE if all(s in SETTLED for s in standing) else None


def offered_status(store: Store, alliance_id: AllianceId) -> AllianceStatus | None:
    """The status the alliance's commitments say it could move on to (None: it is up to date,
    or it is no more)."""
    found = store.alliances.find("id = ?", [alliance_id])
    if not found:
        return None
    alliance = found[0]
    statuses = [c.status for c in store.commitments.of_alliance(alliance_id)]
    return status_to_offer(alliance.status, statuses)
