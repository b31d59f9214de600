"""Alliances, partners and commitments: the working page, wall, read-back, map and follow-up."""
