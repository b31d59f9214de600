"""A partner's return sheet read back: each filled row previewed, the applicable ones applied
in one undo, the others refused with their reason; a file that is not a sheet is refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from workshop import ops
from workshop.domain.vocabulary import CommitmentStatus
from workshop.errors import CatalyseError
from workshop.exporting.return_sheet import write_return_sheet
from workshop.importing.replies import apply_replies, preview_replies, read_replies
from workshop.queries.commitments import commitment_views
from workshop.storage.store import Store

TODAY = dt.date(2027, 2, 1)


def _filled(path: Path, views, edits: dict[int, dict[int, str]], lang: str = "fr") -> Path:
    """The sheet as written for `views`, with some cells typed in (row -> column -> text)."""
    write_return_sheet(views, path, lang)
    delimiter = ";" if lang == "fr" else ","
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    out = [lines[0]]
    for n, line in enumerate(lines[1:]):
        cells = line.split(delimiter)
        for column, text in edits.get(n, {}).items():
            cells[column] = text
        out.append(delimiter.join(cells))
    path.write_text("\n".join(out) + "\n", encoding="utf-8-sig")
    return path


def test_a_filled_sheet_updates_its_commitments_in_one_undo(demo_store: Store, tmp_path) -> None:
    """Réalisé with a date, a new due date and a comment: previewed, applied, undone whole."""
    views = [v for v in commitment_views(demo_store) if v.commitment.status == "propose"][:3]
    path = _filled(
        tmp_path / "retour.csv",
        views,
        {
            0: {6: "Réalisé", 7: "15/01/2027", 9: "fait avec la mairie"},
            1: {8: "30/06/2027"},
            2: {},  # left as sent: nothing
        },
    )
    preview = preview_replies(demo_store, read_replies(path), today=TODAY)
    assert [r.view.id for r in preview.applicable] == [views[0].id, views[1].id]
    assert not preview.refused
    applied = apply_replies(demo_store, preview, today=TODAY)
    done = demo_store.commitments.get(views[0].id)
    assert done.status == CommitmentStatus.REALISE and done.done_date == dt.date(2027, 1, 15)
    assert done.note.endswith("fait avec la mairie")
    moved = demo_store.commitments.get(views[1].id)
    assert moved.due_date == dt.date(2027, 6, 30) and moved.status == views[1].commitment.status
    assert demo_store.commitments.get(views[2].id) == views[2].commitment
    assert applied.undo is not None
    ops.revert(demo_store, applied.undo)
    assert [demo_store.commitments.get(v.id) for v in views] == [v.commitment for v in views]


def test_rows_that_cannot_be_read_are_refused_with_their_reason(
    demo_store: Store, tmp_path
) -> None:
    """An unknown reference, an unreadable status or date, a done date after today, a year
    typed years away (2207): each row is refused with its reason."""
    views = [v for v in commitment_views(demo_store) if v.commitment.status == "propose"][:5]
    path = _filled(
        tmp_path / "retour.csv",
        views,
        {
            0: {0: "E99999"},
            1: {6: "presque"},
            2: {7: "bientôt"},
            3: {7: "01/01/2030"},
            4: {8: "30/06/2207"},
        },
    )
    preview = preview_replies(demo_store, read_replies(path), today=TODAY)
    reasons = [r.problems[0] for r in preview.refused]
    assert reasons == [
        "Référence inconnue : E99999",
        "Statut illisible : presque",
        "Date illisible : bientôt",
        "Date de réalisation après aujourd'hui : 01/01/2030",
        "Date à plus de 3 ans d'aujourd'hui, à vérifier : 30/06/2207",
    ]
    assert preview.applicable == []


def test_an_english_sheet_is_read_too_and_another_file_is_refused(
    demo_store: Store, tmp_path
) -> None:
    """A sheet written in English reads "Done"; a registration file is not a return sheet."""
    views = [v for v in commitment_views(demo_store) if v.commitment.status == "propose"][:1]
    path = _filled(tmp_path / "reply.csv", views, {0: {6: "Confirmed"}}, lang="en")
    preview = preview_replies(demo_store, read_replies(path, "en"), today=TODAY, lang="en")
    assert preview.applicable[0].status == CommitmentStatus.CONFIRME
    other = tmp_path / "inscrits.csv"
    other.write_text("Nom;Prénom\nRoux;Louise\n", encoding="utf-8")
    with pytest.raises(CatalyseError, match="n'est pas une fiche de retour"):
        read_replies(other)
