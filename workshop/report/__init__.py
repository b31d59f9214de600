"""The session report: a PDF built from a snapshot of one workshop's data."""
