"""A file's encoding guessed and said: UTF-8 with a few Windows-1252 lines keeps every accent."""

from __future__ import annotations

from pathlib import Path

from workshop.importing import Field, guess_mapping, import_rows, read_table
from workshop.storage.store import Store


def _mixed_file(path: Path) -> Path:
    """A UTF-8 export with three rows pasted from a Windows-1252 file."""
    utf8 = "Nom;Prénom;E-mail;Commune\nDurand;Léa;lea@exemple.fr;Saint-Étienne\n"
    legacy = (
        "Martin;Hélène;helene@exemple.fr;Besançon\n"
        "Roy;Zoé;zoe@exemple.fr;Orléans\n"
        "Fabre;Gaëlle;gaelle@exemple.fr;Sète\n"
    )
    tail = "Benali;Inès;ines@exemple.fr;Nîmes\n"
    path.write_bytes(utf8.encode() + legacy.encode("cp1252") + tail.encode())
    return path


def test_utf8_file_with_windows_1252_lines_keeps_its_accents(tmp_path: Path) -> None:
    """Every accent reads right, and the preview says which lines were read in Windows-1252."""
    table = read_table(_mixed_file(tmp_path / "inscrits.csv"))
    assert table.headers[1] == "Prénom"
    assert [table.cell(i, 1) for i in range(4)] == ["Léa", "Hélène", "Zoé", "Gaëlle"]
    assert table.cell(4, 3) == "Nîmes"
    assert (
        table.encoding_note() == "encodage : UTF-8, 3 lignes lues en Windows-1252 (lignes 3, 4, 5)"
    )
    assert table.encoding_note("en") == (
        "encoding: UTF-8, 3 lines read as Windows-1252 (lines 3, 4, 5)"
    )


def test_mixed_encodings_keep_the_first_name_column(store: Store, tmp_path: Path) -> None:
    """The first-name column is still mapped and imported: no person loses their first name."""
    table = read_table(_mixed_file(tmp_path / "inscrits.csv"))
    mapping = guess_mapping(table.headers)
    assert mapping.column(Field.FIRST_NAME) == 1
    import_rows(store, table, mapping)
    helene = store.people.by_email("helene@exemple.fr")
    assert helene is not None and (helene.first_name, helene.last_name) == ("Hélène", "Martin")


def test_a_whole_windows_1252_file_is_named_so(tmp_path: Path) -> None:
    """A file with no UTF-8 line at all is read in Windows-1252, and said to be."""
    path = tmp_path / "excel.csv"
    path.write_bytes("Nom;Prénom\nMartin;Hélène\n".encode("cp1252"))
    table = read_table(path)
    assert table.cell(0, 1) == "Hélène"
    assert table.encoding_note() == "encodage : Windows-1252"


def test_columns_left_aside_are_named_in_the_report(store: Store, tmp_path: Path) -> None:
    """A column the mapping does not take, but that holds values, is named in the report."""
    path = tmp_path / "inscrits.csv"
    path.write_text("Nom;Prénom;Pointure\nMartin;Léa;38\n", encoding="utf-8")
    table = read_table(path)
    report = import_rows(store, table, guess_mapping(table.headers))
    assert report.ignored_columns == ["Pointure"]
    assert "colonnes non importées : « Pointure »" in report.lines()
    assert "columns not imported: “Pointure”" in report.lines("en")
