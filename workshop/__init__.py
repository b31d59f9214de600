"""Catalyse core: records, storage, import/export, report and command line (no Qt here)."""

__version__ = "0.1.0"
