"""Files as careless hands leave them: a stray quote, a pasted novel, are reported, not imported."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.importing import guess_mapping, import_rows, read_table
from workshop.storage.store import Store

HEADER = "Nom;Prénom;E-mail;Commentaire\n"


def _people_file(path: Path, count: int, stray: dict[int, str] | None = None) -> Path:
    """A registration export of `count` people; `stray` puts a comment on some (1-based) rows."""
    lines = [HEADER]
    for n in range(1, count + 1):
        comment = (stray or {}).get(n, "RAS")
        lines.append(f"Martin{n};Léa{n};lea{n}@exemple.fr;{comment}\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_a_stray_quote_rejects_its_row_and_imports_every_other(
    store: Store, tmp_path: Path
) -> None:
    """One `"` opening a comment on row 6 leaves that row out with "guillemet non fermé"; the 999
    others are imported, none with a giant last name."""
    path = _people_file(tmp_path / "inscrits.csv", 1000, {5: '"vient avec sa fille'})
    table = read_table(path)
    assert len(table.rows) == 1000
    report = import_rows(store, table, guess_mapping(table.headers))
    assert report.people.created == 999
    assert [r.row for r in report.rejected] == [6]
    assert report.rejected[0].reason.startswith(
        "guillemet non fermé dans la colonne « Commentaire »"
    )
    assert "995 lignes suivantes" in report.rejected[0].reason
    assert max(len(p.last_name) for p in store.people.all()) < 20
    assert store.people.by_email("lea6@exemple.fr") is not None  # the row after it


def test_twenty_thousand_rows_with_a_stray_quote_keep_their_delimiter(
    store: Store, tmp_path: Path
) -> None:
    """A stray quote on the third row of a big file does not mislead the delimiter: only that
    row is rejected, in English too."""
    path = _people_file(tmp_path / "gros.csv", 20_000, {3: '"à rappeler', 15_000: '"bis'})
    table = read_table(path)
    assert table.delimiter == ";"
    report = import_rows(store, table, guess_mapping(table.headers), lang="en", dry_run=True)
    assert report.people.created == 19_998
    assert [r.row for r in report.rejected] == [4, 15_001]
    assert report.rejected[0].reason.startswith("unclosed quote in the column “Commentaire”")


def test_a_quoted_two_line_comment_is_still_one_cell(store: Store, tmp_path: Path) -> None:
    """A comment on two lines, properly quoted, stays one cell of one imported row."""
    path = _people_file(tmp_path / "deux_lignes.csv", 3, {2: '"Allergies :\nnoix"'})
    table = read_table(path)
    assert len(table.rows) == 3 and table.cell(1, 3) == "Allergies :\nnoix"
    report = import_rows(store, table, guess_mapping(table.headers))
    assert report.people.created == 3 and not report.rejected


def test_a_quote_open_to_the_end_of_the_file_is_reported(store: Store, tmp_path: Path) -> None:
    """A quote opened on the last-but-two row and never closed rejects that row only."""
    path = _people_file(tmp_path / "fin.csv", 10, {8: '"il manque'})
    table = read_table(path)
    report = import_rows(store, table, guess_mapping(table.headers))
    assert report.people.created == 9
    assert [r.row for r in report.rejected] == [9]


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        ("Nom", "X" * 42_000, "« Nom » trop long : 42\u202f000 caractères, 100 au plus"),
        ("Prénom", "Y" * 101, "« Prénom » trop long : 101 caractères, 100 au plus"),
    ],
    ids=["pasted-file", "one-too-many"],
)
def test_a_name_too_long_is_rejected_with_its_length(
    store: Store, tmp_path: Path, column: str, value: str, expected: str
) -> None:
    """A pasted text in a name column is rejected with its length and the field's maximum."""
    path = tmp_path / "long.csv"
    row = {"Nom": "Durand", "Prénom": "Ana", "E-mail": "ana@exemple.fr"} | {column: value}
    path.write_text(HEADER + ";".join([*row.values(), ""]) + "\n", encoding="utf-8")
    table = read_table(path)
    report = import_rows(store, table, guess_mapping(table.headers))
    assert [(r.row, r.reason) for r in report.rejected] == [(2, expected)]
    assert store.people.count() == 0


def test_blank_lines_between_rows_are_not_taken_for_quotes(store: Store, tmp_path: Path) -> None:
    """Empty lines a spreadsheet leaves between rows are skipped, not reported."""
    path = tmp_path / "trous.csv"
    path.write_text(HEADER + "Martin;Léa;lea@exemple.fr;\n\n;;;\nDurand;Ana;ana@exemple.fr;\n")
    report = import_rows(store, read_table(path), guess_mapping(read_table(path).headers))
    assert report.people.created == 2 and not report.rejected


def test_a_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    """A named pipe given as the file is refused at once (reading it would wait forever)."""
    import os

    from workshop.importing.reading import UnreadableFile

    pipe = tmp_path / "inscrits.csv"
    os.mkfifo(pipe)
    with pytest.raises(UnreadableFile, match=r"^inscrits\.csv n'est pas un fichier ordinaire"):
        read_table(pipe, "fr")


def test_a_csv_of_too_many_rows_or_columns_is_refused(tmp_path: Path) -> None:
    """A CSV of 100,001 people, or with values in 600 columns, is refused in one line."""
    from workshop.importing.reading import UnreadableFile

    many = _people_file(tmp_path / "trop.csv", 100_001)
    with pytest.raises(
        UnreadableFile, match=r"^trop\.csv has more than 100,000 rows: file refused"
    ):
        read_table(many)
    wide = tmp_path / "large.csv"
    wide.write_text(";".join(f"c{n}" for n in range(600)) + "\n" + "x;" * 600 + "\n")
    with pytest.raises(
        UnreadableFile, match=r"^large\.csv a des valeurs au-delà de la colonne 500"
    ):
        read_table(wide, "fr")
