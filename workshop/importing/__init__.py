"""Importing people and organisations from registration exports and public registers.

Three steps, so that the UI can show a preview and let the user fix the mapping:
`read_table(path)` -> RawTable, `guess_mapping(table.headers)` -> Mapping, then
`import_rows(store, table, mapping, workshop_id=None)` -> ImportReport (`dry_run=True`
for a preview of the counts), and `undo_import(store, report)` to take it back.
"""

from __future__ import annotations

from workshop.importing.mapping import Field, Layout, Mapping, detect_layout, guess_mapping
from workshop.importing.reading import RawTable, UnreadableFile, read_table
from workshop.importing.rows import Counts, ImportReport, Rejection, import_rows, undo_import
from workshop.importing.values import guess_kind

__all__ = [
    "Counts",
    "Field",
    "ImportReport",
    "Layout",
    "Mapping",
    "RawTable",
    "Rejection",
    "UnreadableFile",
    "detect_layout",
    "guess_kind",
    "guess_mapping",
    "import_rows",
    "read_table",
    "undo_import",
]
