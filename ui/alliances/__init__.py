"""Alliances, partners and commitments: screens, wall, map and their undo commands."""
