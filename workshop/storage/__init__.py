"""Storage: the SQLite file, its schema and the repositories over it."""
