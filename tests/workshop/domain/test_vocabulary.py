"""The domain's words, in French and in English as the domain means them."""

from __future__ import annotations

from workshop.domain.vocabulary import PartnershipType


def test_mecenat_is_corporate_sponsorship_in_english() -> None:
    """Mécénat is a company's sponsorship of a cause, not "Patronage" (a reader of the English
    report took it for political patronage)."""
    assert PartnershipType("mecenat").label("fr") == "Mécénat"
    assert PartnershipType("mecenat").label("en") == "Corporate sponsorship"
