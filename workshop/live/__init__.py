"""Live participation from phones: validation, limits, access codes, moderation (no Qt)."""
