"""Importing people and organisations from registration exports and public registers.

Three steps, so that the UI can show a preview and let the user fix the mapping:
`read_table(path)` -> RawTable, `guess_mapping(table.headers)` -> Mapping, then
`import_table(store, table, mapping, workshop_id=None)` -> Applied[ImportReport], the
operation (one undo step: `revert(store, applied.undo)` takes it back), or
`import_rows(..., dry_run=True)` for a preview of the counts that writes nothing.

The import operation lives here rather than in `workshop.ops`: it needs this package's
readers and mappings, and the layers put `workshop.importing` above `workshop.ops`.
"""

from __future__ import annotations

from workshop.importing.mapping import Field, Layout, Mapping, detect_layout, guess_mapping
from workshop.importing.reading import RawTable, UnreadableFile, read_table
from workshop.importing.rows import (
    Counts,
    FlaggedCell,
    FormulaCells,
    ImportReport,
    Rejection,
    RowNote,
    import_rows,
    import_table,
)
from workshop.importing.values import guess_kind, looks_like_formula

__all__ = [
    "Counts",
    "Field",
    "FlaggedCell",
    "FormulaCells",
    "ImportReport",
    "Layout",
    "Mapping",
    "RawTable",
    "Rejection",
    "RowNote",
    "UnreadableFile",
    "detect_layout",
    "guess_kind",
    "guess_mapping",
    "import_rows",
    "import_table",
    "looks_like_formula",
    "read_table",
]
