"""The registry screen: search, filters, forms with messages, delete, merge, all undoable."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from ui.stakeholders.models import PersonTableModel, organisation_model
from ui.stakeholders.screen import StakeholdersScreen
from workshop.domain.records import Organisation, Person
from workshop.domain.vocabulary import OrganisationKind

# The offscreen platform logs harmless warnings for windows and popups (size hints, raise).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def screen(context: Any, qtbot: Any) -> StakeholdersScreen:
    widget = StakeholdersScreen(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def names(tab: Any) -> list[str]:
    return [tab.describe(r) for r in tab.model.records()]


def select(tab: Any, *wanted: str) -> None:
    ids = {r.id for r in tab.model.records() if tab.describe(r) in wanted}
    tab.select_ids(ids)
    tab._on_selection_changed()


def test_models_pass_the_model_tester(context: Any, qtmodeltester: Any) -> None:
    """The organisation and people models behave as Qt expects, and UserRole gives the record."""
    organisations = organisation_model()
    organisations.set_records(context.store.organisations.all())
    qtmodeltester.check(organisations)
    people = PersonTableModel()
    people.set_people(context.store.people.all(), {})
    qtmodeltester.check(people)
    record = people.index(0, 0).data(Qt.ItemDataRole.UserRole)
    assert isinstance(record, Person)


def test_search_ignores_accents_and_case(screen: StakeholdersScreen, qtbot: Any) -> None:
    """Typing "societe" lists "Société coopérative…" and not the organisations without it."""
    screen.context.store.organisations.add(Organisation(name="Société coopérative du Val"))
    tab = screen.organisations
    with qtbot.waitSignal(tab.refreshed, timeout=2000):
        qtbot.keyClicks(tab.search, "societe")
    assert names(tab) == ["Société coopérative du Val"]
    assert "1" in tab.count_label.text()


def test_people_search_finds_them_by_their_organisation(
    screen: StakeholdersScreen, qtbot: Any
) -> None:
    """Typing an organisation's name in the people tab lists its members."""
    tab = screen.people
    with qtbot.waitSignal(tab.refreshed, timeout=2000):
        qtbot.keyClicks(tab.search, "cocagne")
    organisation = screen.context.store.organisations.by_name("Les Jardins de Cocagne du Val")
    members = screen.context.store.people.of_organisation(organisation.id)
    assert members and {p.id for p in tab.model.records()} == {p.id for p in members}


def test_filter_by_kind_and_sdg(screen: StakeholdersScreen) -> None:
    """Choosing a kind keeps only organisations of that kind; an SDG narrows further."""
    tab = screen.organisations
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData(OrganisationKind.FONDATION))
    assert sorted(names(tab)) == ["Fondation Terres Solidaires", "Fonds de dotation Lise Avenir"]
    tab.kind_filter.setCurrentIndex(0)
    tab.sdg_filter.setCurrentIndex(tab.sdg_filter.findData(17))
    wanted = [o for o in screen.context.store.organisations.all() if 17 in o.sdgs]
    assert len(names(tab)) == len(wanted) < 29


def test_invalid_siren_shows_a_message_and_saves_nothing(
    screen: StakeholdersScreen, qtbot: Any
) -> None:
    """A SIREN with a wrong key gets its message next to the field and nothing is saved."""
    tab = screen.organisations
    store = screen.context.store
    before = store.organisations.count()
    tab.start_new()
    qtbot.keyClicks(tab.form.name, "Ressourcerie du Val")
    qtbot.keyClicks(tab.form.siren, "123 456 789")
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert "clé de contrôle" in tab.form.error_text("siren")
    assert tab.form.error_text("name") == ""
    assert store.organisations.count() == before

    tab.form.siren.setText("552 100 554")
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert tab.form.error_text("siren") == ""
    saved = store.organisations.by_name("Ressourcerie du Val")
    assert saved is not None and saved.siren == "552100554"
    assert "Ressourcerie du Val" in names(tab)
    screen.context.undo_stack.undo()
    assert store.organisations.by_name("Ressourcerie du Val") is None
    assert "Ressourcerie du Val" not in names(tab)


def test_person_form_checks_the_email(screen: StakeholdersScreen, qtbot: Any) -> None:
    """An e-mail without a domain is refused with its message; a good one saves the person."""
    tab = screen.people
    store = screen.context.store
    tab.start_new()
    qtbot.keyClicks(tab.form.first_name, "Ines")
    qtbot.keyClicks(tab.form.last_name, "Nouvelle")
    tab.form.organisation.setText("Pôle ESS Val de Lise")  # keyClicks types ASCII only
    qtbot.keyClicks(tab.form.email, "ines@")
    tab.form.submit()
    assert "e-mail" in tab.form.error_text("email")
    assert store.people.by_email("ines@") is None
    tab.form.email.setText("ines.nouvelle@pole-ess.fr")
    tab.form.submit()
    saved = store.people.by_email("ines.nouvelle@pole-ess.fr")
    assert saved is not None
    assert saved.organisation_id == store.organisations.by_name("Pôle ESS Val de Lise").id


def test_edit_then_undo_restores_the_old_values(screen: StakeholdersScreen) -> None:
    """Editing an organisation's sector in the form saves it; undo puts the old one back."""
    tab = screen.organisations
    select(tab, "CCI de la Lise")
    assert tab.form.name.text() == "CCI de la Lise"
    tab.form.sector.setText("Commerce et industrie")
    tab.form.submit()
    store = screen.context.store
    assert store.organisations.by_name("CCI de la Lise").sector == "Commerce et industrie"
    screen.context.undo_stack.undo()
    assert store.organisations.by_name("CCI de la Lise").sector == "Commerce"
    assert tab.form.sector.text() == "Commerce"


def test_delete_asks_then_undo_brings_back_the_links(
    screen: StakeholdersScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deleting an organisation asks first; undo restores it with its people and partnerships."""
    store = screen.context.store
    tab = screen.organisations
    organisation = store.organisations.get(store.partners.all()[0].organisation_id)
    members = {p.id for p in store.people.of_organisation(organisation.id)}
    partners = store.partners.of_organisation(organisation.id)
    assert members and partners
    asked: list[str] = []

    def answer(_parent: Any, _title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    select(tab, organisation.name)
    tab.delete_selected()
    assert asked and organisation.name in asked[0]
    assert store.organisations.by_name(organisation.name) is None
    assert organisation.name not in names(tab)
    screen.context.undo_stack.undo()
    assert organisation.name in names(tab)
    assert {p.id for p in store.people.of_organisation(organisation.id)} == members
    assert store.partners.of_organisation(organisation.id) == partners


def test_merge_keeps_every_link_and_can_be_undone(
    screen: StakeholdersScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Merging a duplicate into the original moves its people to it; undo separates them."""
    store = screen.context.store
    tab = screen.organisations
    original = store.organisations.by_name("Réseau des AMAP de la Lise")
    duplicate = store.organisations.add(Organisation(name="Reseau AMAP Lise", website="amap.fr"))
    newcomer = store.people.add(
        Person(first_name="Jo", last_name="Doublon", organisation_id=duplicate.id)
    )
    tab.refresh()

    def keep_original(box: QMessageBox) -> int:
        button = next(b for b in box.buttons() if original.name in b.text())
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", keep_original)
    select(tab, original.name, duplicate.name)
    assert tab.merge_button.isEnabled()
    tab.merge_selected()
    assert store.organisations.by_name(duplicate.name) is None
    assert store.people.get(newcomer.id).organisation_id == original.id
    assert store.organisations.get(original.id).website == "amap.fr"
    assert duplicate.name not in names(tab)
    screen.context.undo_stack.undo()
    assert store.people.get(newcomer.id).organisation_id == duplicate.id
    assert store.organisations.get(original.id).website == ""


def test_history_lists_workshops_alliances_and_commitments(screen: StakeholdersScreen) -> None:
    """An organisation's history names its workshop, its alliances and its commitments."""
    store = screen.context.store
    tab = screen.organisations
    partner = store.partners.all()[0]
    organisation = store.organisations.get(partner.organisation_id)
    commitment = store.commitments.find("partner_id = ?", [partner.id])[0]
    select(tab, organisation.name)
    text = tab.history.toPlainText()
    assert store.workshops.get(screen.context.current_workshop_id).title in text
    assert store.alliances.get(partner.alliance_id).name in text
    assert commitment.description in text


def test_export_writes_the_registry_to_xlsx(
    screen: StakeholdersScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Exporting the registry writes every person to the chosen spreadsheet file."""
    from openpyxl import load_workbook

    target = tmp_path / "annuaire"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(target), "Classeur Excel (*.xlsx)"),
    )
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    screen.export_action.trigger()
    sheet = load_workbook(target.with_suffix(".xlsx")).active
    cells = {str(c.value) for row in sheet.iter_rows() for c in row}
    assert all(p.last_name in cells for p in screen.context.store.people.all())
    assert told and "44" in told[0]


def test_person_data_export_and_erasure(
    screen: StakeholdersScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A person's data exports to JSON; erasing needs the typed name, then clears undo history."""
    store = screen.context.store
    tab = screen.people
    screen.tabs.setCurrentWidget(tab)  # a hidden tab refreshes when it is shown
    person = store.people.all()[0]
    select(tab, person.full_name)
    target = tmp_path / "donnees.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Fichier JSON (*.json)")
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    tab.gdpr_box.export_button.click()
    assert person.email in target.read_text("utf-8")

    screen.context.undo_stack.push(QUndoCommand("une étape"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("quelqu'un d'autre", True))
    tab.gdpr_box.erase_button.click()
    assert store.people.find("id = ?", [person.id])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (person.full_name, True))
    tab.gdpr_box.erase_button.click()
    assert not store.people.find("id = ?", [person.id])
    assert screen.context.undo_stack.count() == 0
    assert person.full_name not in names(tab)


def test_history_follows_a_commitment_status_change(screen: StakeholdersScreen) -> None:
    """When a commitment of the shown organisation is confirmed elsewhere, its history says so."""
    from workshop.domain.vocabulary import CommitmentStatus
    from workshop.ops.alliances import set_commitment_status

    store = screen.context.store
    tab = screen.organisations
    commitment = store.commitments.find("status = 'propose'")[0]
    organisation = store.organisations.get(
        store.partners.get(commitment.partner_id).organisation_id
    )
    select(tab, organisation.name)
    before = tab.history.toPlainText().count("Réalisé")
    screen.context.apply(
        "réaliser",
        lambda s: set_commitment_status(s, commitment.id, CommitmentStatus.REALISE),
    )
    assert tab.history.toPlainText().count("Réalisé") == before + 1
    assert "Statut : proposé → réalisé" in tab.history.toPlainText()


def test_history_lists_the_reminders_of_a_commitment(screen: StakeholdersScreen) -> None:
    """A reminder made for one of the organisation's commitments shows in its history."""
    import datetime as dt

    from workshop.ops.reminders import Reminded, record_reminders

    store = screen.context.store
    tab = screen.organisations
    commitment = store.commitments.all()[0]
    organisation = store.organisations.get(
        store.partners.get(commitment.partner_id).organisation_id
    )
    select(tab, organisation.name)
    assert "Relance à" not in tab.history.toPlainText()
    screen.context.apply(
        "relancer",
        lambda s: record_reminders(
            s, [Reminded(commitment.id, "Louise <b>Roux</b>")], made_at=dt.datetime(2027, 1, 4)
        ),
    )
    assert "04/01/2027 – Relance à Louise <b>Roux</b> (brouillon .eml)" in tab.history.toPlainText()


def test_enter_on_a_row_moves_to_the_form(screen: StakeholdersScreen, qtbot: Any) -> None:
    """Keyboard first: Enter in the search field goes to the first row, Enter again to the form."""
    tab = screen.organisations
    screen.activateWindow()
    tab.search.setFocus()
    qtbot.keyClicks(tab.search, "cocagne")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.view.hasFocus()
    assert tab.form.name.text() == "Les Jardins de Cocagne du Val"
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert tab.form.name.hasFocus()


def test_enter_in_a_field_saves_the_form(screen: StakeholdersScreen, qtbot: Any) -> None:
    """Keyboard first: typing a new organisation's name then Enter saves it."""
    tab = screen.organisations
    tab.start_new()
    qtbot.keyClicks(tab.form.name, "Tiers-lieu La Fabrique")
    qtbot.keyClick(tab.form.name, Qt.Key.Key_Return)
    assert screen.context.store.organisations.by_name("Tiers-lieu La Fabrique") is not None


def test_merging_two_people_keeps_the_attendance(
    screen: StakeholdersScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two records of one person merge into one that keeps the workshop attendance."""
    store = screen.context.store
    tab = screen.people
    workshop = screen.context.current_workshop_id
    registered = store.attendance.of_workshop(workshop)[0]
    original = store.people.get(registered.person_id)
    twin = store.people.add(
        Person(first_name=original.first_name, last_name="Doublon", phone="06 99 88 77 66")
    )
    tab.refresh()

    def keep_original(box: QMessageBox) -> int:
        next(b for b in box.buttons() if original.full_name in b.text()).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", keep_original)
    select(tab, original.full_name, twin.full_name)
    tab.merge_selected()
    assert not store.people.find("id = ?", [twin.id])
    assert store.attendance.get(workshop, original.id) is not None
    assert tab.form.first_name.text() == original.first_name
    screen.context.undo_stack.undo()
    assert store.people.get(twin.id).last_name == "Doublon"


def test_people_search_finds_soren_oster_by_typing_soren(
    screen: StakeholdersScreen, qtbot: Any
) -> None:
    """Typing "soren" in the people search lists "Søren Øster" (ø is not an accent for FTS)."""
    screen.context.store.people.add(Person(first_name="Søren", last_name="Øster"))
    tab = screen.people
    screen.tabs.setCurrentWidget(tab)
    with qtbot.waitSignal(tab.refreshed, timeout=2000):
        qtbot.keyClicks(tab.search, "soren")
    assert names(tab) == ["Søren Øster"]


def test_person_form_finds_an_organisation_typed_without_accents(
    screen: StakeholdersScreen, qtbot: Any
) -> None:
    """ "pole ess val de lise" typed in the person form is "Pôle ESS Val de Lise"; undo removes."""
    tab = screen.people
    screen.tabs.setCurrentWidget(tab)
    store = screen.context.store
    tab.start_new()
    qtbot.keyClicks(tab.form.first_name, "Ines")
    qtbot.keyClicks(tab.form.last_name, "Sansaccent")
    qtbot.keyClicks(tab.form.organisation, "pole ess val de lise")
    tab.form.submit()
    assert tab.form.error_text("organisation") == ""
    saved = next(p for p in store.people.all() if p.last_name == "Sansaccent")
    assert saved.organisation_id == store.organisations.by_name("Pôle ESS Val de Lise").id
    screen.context.undo_stack.undo()
    assert not [p for p in store.people.all() if p.last_name == "Sansaccent"]


def test_insert_starts_a_new_record_and_ctrl_n_is_left_to_the_file_menu(
    screen: StakeholdersScreen, qtbot: Any
) -> None:
    """In the organisations list, Insert opens an empty form with the cursor in the name
    (Ctrl+N is File > New in the whole app: tests/ui/test_shortcuts.py)."""
    tab = screen.organisations
    screen.show()
    qtbot.waitExposed(screen)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Insert)
    assert tab.form.name.text() == ""
    qtbot.waitUntil(tab.form.name.hasFocus)


def test_erasing_says_which_older_copies_still_hold_the_person(
    screen: StakeholdersScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a backup and a restore's kept-aside copy, the erasure message says that two older
    copies still hold the person until the rotation removes them."""
    import shutil

    from workshop.backup import take_backup

    store = screen.context.store
    take_backup(store)
    aside = Path(store.path).with_name(
        f"{Path(store.path).stem}.before-restore-20261130-101500.sqlite"
    )
    shutil.copyfile(store.path, aside)
    tab = screen.people
    screen.tabs.setCurrentWidget(tab)
    person = store.people.all()[0]
    select(tab, person.full_name)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _w, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (person.full_name, True))
    tab.gdpr_box.erase_button.click()
    assert not store.people.find("id = ?", [person.id])
    assert "2 copie(s) plus ancienne(s)" in shown[-1]


def test_a_page_of_the_search_passes_the_model_tester_and_sorts_by_any_column(
    screen: StakeholdersScreen, qtmodeltester: Any
) -> None:
    """The table over a search page behaves as Qt expects; sorted by name it puts "Épicerie"
    between "E…" and "F…", and by type (a column made from the record) it orders every row."""
    store = screen.context.store
    store.organisations.add(Organisation(name="Épicerie solidaire des Fours"))
    store.organisations.add(
        Organisation(name="Fabrique des Fours", kind=OrganisationKind.FONDATION)
    )
    store.organisations.add(Organisation(name="Entraide des Fours"))
    tab = screen.organisations
    tab.search.setText("fours")
    tab.refresh()
    qtmodeltester.check(tab.model)
    tab.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert names(tab) == [
        "Entraide des Fours",
        "Épicerie solidaire des Fours",
        "Fabrique des Fours",
    ]
    tab.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert names(tab)[0] == "Fabrique des Fours"
    tab.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    kinds = [tab.model.index(row, 1).data() for row in range(tab.model.rowCount())]
    assert kinds == sorted(kinds, key=str.casefold) and len(set(kinds)) == 2


def test_a_selected_organisation_stays_selected_as_the_search_narrows(
    screen: StakeholdersScreen, qtbot: Any
) -> None:
    """An organisation chosen in the list stays chosen, and in the form, while typing more."""
    tab = screen.organisations
    with qtbot.waitSignal(tab.refreshed, timeout=2000):
        qtbot.keyClicks(tab.search, "co")
    select(tab, "Les Jardins de Cocagne du Val")
    with qtbot.waitSignal(tab.refreshed, timeout=2000):
        qtbot.keyClicks(tab.search, "cagne")
    assert [tab.describe(r) for r in tab.selected_records()] == ["Les Jardins de Cocagne du Val"]
    assert tab.form.shown.name == "Les Jardins de Cocagne du Val"
