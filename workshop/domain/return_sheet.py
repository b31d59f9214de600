"""The partner's return sheet as a format: its columns (in French and in English) and the
reference that names each commitment on it."""

from __future__ import annotations

from workshop.domain.records import CommitmentId
from workshop.domain.vocabulary import Lang

# The columns, in French and in English; the import reads either (and the reference first).
RETURN_HEADERS: dict[Lang, tuple[str, ...]] = {
    "fr": (
        "Réf.",
        "Alliance",
        "Engagement",
        "Ressource",
        "Quantité",
        "Échéance",
        "Statut",
        "Réalisé le",
        "Nouvelle échéance",
        "Commentaire",
    ),
    "en": (
        "Ref.",
        "Alliance",
        "Commitment",
        "Resource",
        "Quantity",
        "Due",
        "Status",
        "Done on",
        "New due date",
        "Comment",
    ),
}
REFERENCE_PREFIX = "E"


def reference(commitment_id: CommitmentId) -> str:
    """The commitment's reference on the sheet ("E42"): what the import matches."""
    return f"{REFERENCE_PREFIX}{commitment_id}"
