"""The alliances screen: lists, the alliance form, partners, the board's operations, refresh."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.sql_count import counting
from ui.alliances.models import AllianceTableModel, CommitmentTableModel, PartnerTableModel
from workshop.domain.changes import Area, Changes
from workshop.domain.records import Alliance, Organisation
from workshop.domain.vocabulary import (
    AllianceStatus,
    CommitmentStatus,
    OrganisationKind,
    PartnerRole,
)
from workshop.errors import InvalidInput
from workshop.ops.alliances import (
    card_to_commitment,
    create_alliance,
    seed_alliance,
    set_commitments_status,
)
from workshop.ops.registry import add_organisation
from workshop.queries.commitments import commitment_views

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_models_pass_the_model_tester(context, qtmodeltester) -> None:
    """The alliance, partner and commitment models follow Qt's model rules; UserRole = record."""
    store = context.store
    alliances = store.alliances.of_workshop(store.demo_id)
    model = AllianceTableModel()
    model.set_alliances(alliances, {a.id: (1, 2) for a in alliances})
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) == alliances[0]
    partners = PartnerTableModel()
    partners.set_partners(store.partners.of_alliance(alliances[0].id), {}, {})
    qtmodeltester.check(partners)
    commitments = CommitmentTableModel(with_alliance=True)
    commitments.set_records(commitment_views(store))
    qtmodeltester.check(commitments)
    assert commitments.data(commitments.index(0, 0), Qt.ItemDataRole.UserRole).id > 0


def test_the_screen_lists_the_workshop_alliances(context, screen) -> None:
    """The three demo alliances are listed with their partner counts; the first is shown."""
    page = screen.page
    names = [a.name for a in page.model.records()]
    assert names == [a.name for a in context.store.alliances.of_workshop(context.store.demo_id)]
    assert page.editor.name.text() == names[0]
    assert page.editor.partners.model.rowCount() == 5
    assert page.commitments.rowCount() == 5


def test_an_alliance_created_in_the_form_can_be_undone(context, screen, qtbot) -> None:
    """New alliance, name typed, Enter: it is listed; undo removes it."""
    page = screen.page
    before = page.model.rowCount()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    page.editor.name.setFocus()
    qtbot.keyClicks(page.editor.name, "Mobilite douce")
    qtbot.keyClick(page.editor.name, Qt.Key.Key_Return)
    assert page.model.rowCount() == before + 1
    assert page.current_alliance().name == "Mobilite douce"
    context.undo_stack.undo()
    assert page.model.rowCount() == before


def test_a_nameless_alliance_is_refused_next_to_the_name(screen, qtbot) -> None:
    """Saving without a name shows a message by the name and creates nothing."""
    page = screen.page
    before = page.model.rowCount()
    page.new_alliance()
    page.editor.save()
    assert page.editor.name_error.isVisible()
    assert page.model.rowCount() == before


def test_editing_the_status_and_sdgs_is_one_undoable_step(context, screen) -> None:
    """Status and SDGs changed then saved are stored; one undo puts them back."""
    editor = screen.page.editor
    original = editor.alliance
    editor.status.setCurrentIndex(editor.status.findData(AllianceStatus.FORMALISEE))
    editor.sdgs.set_selected((2, 12, 17))
    editor.save()
    stored = context.store.alliances.get(original.id)
    assert stored.status == AllianceStatus.FORMALISEE and stored.sdgs == (2, 12, 17)
    context.undo_stack.undo()
    assert context.store.alliances.get(original.id) == original


def test_a_partner_is_added_with_role_and_contact_then_undone(context, screen, qtbot) -> None:
    """Typing an organisation, picking a role: it joins with its first person as contact."""
    panel = screen.page.editor.partners
    store = context.store
    alliance_id = panel.alliance_id
    outsider = next(
        o
        for o in store.organisations.all()
        if o.id not in {p.organisation_id for p in store.partners.of_alliance(alliance_id)}
        and store.people.of_organisation(o.id)
    )
    panel.organisation.setText(outsider.name)
    panel._fill_contacts()
    panel.role.setCurrentIndex(panel.role.findData(PartnerRole.SOUTIEN))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    added = [p for p in store.partners.of_alliance(alliance_id) if p.organisation_id == outsider.id]
    assert added and added[0].role == PartnerRole.SOUTIEN
    assert added[0].contact_person_id == store.people.of_organisation(outsider.id)[0].id
    assert panel.model.rowCount() == 6
    context.undo_stack.undo()
    assert panel.model.rowCount() == 5


def _contact_of(store, alliance_id, organisation_name):
    """The contact saved for the partner of that name in the alliance (None: no contact)."""
    organisation = store.organisations.by_name(organisation_name)
    partner = next(
        p for p in store.partners.of_alliance(alliance_id) if p.organisation_id == organisation.id
    )
    return partner.contact_person_id


def test_each_partner_added_with_enter_gets_its_own_contact(context, screen, qtbot) -> None:
    """After looking at a partner, two organisations typed then Enter each join with their own
    first person as contact, never the previous partner's; the field is empty after each."""
    panel = screen.page.editor.partners
    store = context.store
    alliance_id = panel.alliance_id
    screen.activateWindow()
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)  # a partner with a contact is shown
    assert panel.contact.currentData() is not None
    panel.table.setCurrentIndex(panel.model.index(0, 0))  # the pilot: its role shows
    assert panel.role.currentData() == PartnerRole.PILOTE
    panel.organisation.setFocus()
    panel.organisation.selectAll()
    qtbot.keyClicks(panel.organisation, "mutuelle")
    qtbot.keyClick(panel.organisation, Qt.Key.Key_Return)
    mutuelle = store.organisations.by_name("Mutuelle Entraide Lise")
    assert not panel.error.isVisible(), panel.error.text()
    assert _contact_of(store, alliance_id, mutuelle.name) == (
        store.people.of_organisation(mutuelle.id)[0].id
    )
    joined = next(
        p for p in store.partners.of_alliance(alliance_id) if p.organisation_id == mutuelle.id
    )
    assert joined.role == PartnerRole.PARTENAIRE  # not the pilot's role shown before
    assert panel.organisation.text() == ""
    assert panel.organisation.hasFocus()
    qtbot.keyClicks(panel.organisation, "scop cuisine")
    assert panel.organisation.text() == "scop cuisine"  # not appended to the previous name
    qtbot.keyClick(panel.organisation, Qt.Key.Key_Return)
    scop = store.organisations.by_name("SCOP Cuisine Commune")
    assert _contact_of(store, alliance_id, scop.name) == (
        store.people.of_organisation(scop.id)[0].id
    )
    assert panel.model.rowCount() == 7
    assert panel.organisation.text() == "" and panel.contact.currentData() is None


def test_the_partner_row_shows_the_contact_the_table_shows(context, screen, qtbot) -> None:
    """Choosing a partner in the table shows its role and contact in the fields below, the ones
    the table lists; Enter with nothing changed says it is already a partner and changes nothing."""
    panel = screen.page.editor.partners
    for row in range(panel.model.rowCount()):
        panel.table.setCurrentIndex(panel.model.index(row, 0))
        assert panel.contact.currentText() == panel.model.index(row, 2).data()
        assert panel.role.currentText() == panel.model.index(row, 1).data()
    steps = context.undo_stack.count()
    panel.organisation.setFocus()
    qtbot.keyClick(panel.organisation, Qt.Key.Key_Return)
    assert context.undo_stack.count() == steps
    assert "déjà partenaire" in panel.error.text()
    qtbot.keyClicks(panel.organisation, "scop")
    assert panel.organisation.text() == "scop"  # the name was selected: typing replaces it


def test_seeding_an_alliance_from_cards_is_undoable(context, screen) -> None:
    """The board's operation creates the alliance with the cards' authors; undo and redo agree."""
    store = context.store
    cards = [c for c in store.board.cards.of_workshop(store.demo_id) if c.organisation_id][:3]
    alliance_id = context.apply(
        "Créer",
        lambda s: seed_alliance(s, s.demo_id, [c.id for c in cards], "Covoiturage"),
    ).id
    partners = store.partners.of_alliance(alliance_id)
    assert {p.organisation_id for p in partners} == {c.organisation_id for c in cards}
    assert "Covoiturage" in [a.name for a in screen.page.model.records()]
    context.undo_stack.undo()
    assert not store.alliances.find("id = ?", [alliance_id])
    assert not store.partners.of_alliance(alliance_id)
    context.undo_stack.redo()
    assert store.alliances.linked_cards(alliance_id) == sorted(c.id for c in cards)
    assert len(store.partners.of_alliance(alliance_id)) == len(partners)


def test_a_card_becomes_a_commitment_and_back(context) -> None:
    """A card turned into a commitment can be undone; a card with no author is refused."""
    store = context.store
    alliance = store.alliances.of_workshop(store.demo_id)[0]
    card = next(c for c in store.board.cards.of_workshop(store.demo_id) if c.organisation_id)
    before = store.commitments.count()
    commitment = context.apply("Transformer", lambda s: card_to_commitment(s, card.id, alliance.id))
    assert store.commitments.get(commitment.id).card_id == card.id
    context.undo_stack.undo()
    assert store.commitments.count() == before
    anonymous = store.board.cards.add(type(card)(workshop_id=store.demo_id, text="Sans auteur"))
    undo_steps = context.undo_stack.count()
    with pytest.raises(InvalidInput):
        context.apply("Transformer", lambda s: card_to_commitment(s, anonymous.id, alliance.id))
    assert context.undo_stack.count() == undo_steps


def test_commitments_export_from_the_screen(context, screen, tmp_path, monkeypatch) -> None:
    """The screen's export action writes the workshop's commitments to the file picked."""
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    target = tmp_path / "engagements.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    export = next(a for a in screen.actions() if "Exporter" in a.text().replace("&", ""))
    export.trigger()
    assert load_workbook(target).active.max_row == 15
    assert shown and "14" in shown[0]


def test_a_commitment_is_corrected_and_deleted_undoably(context, screen, qtbot) -> None:
    """Enter on a commitment loads it in the form; the correction and a deletion can be undone."""
    page = screen.page
    store = context.store
    page.commitment_table.setFocus()
    page.commitment_table.setCurrentIndex(page.commitments.index(0, 0))
    original = page.selected_commitment().commitment
    qtbot.keyClick(page.commitment_table, Qt.Key.Key_Return)
    assert page.capture.editing == original
    assert page.capture.description.text() == original.description
    page.capture.quantity.setText("12")
    page.capture.save()
    assert store.commitments.get(original.id).quantity == 12
    assert store.commitments.count() == 14
    context.undo_stack.undo()
    assert store.commitments.get(original.id) == original
    page.commitment_table.setCurrentIndex(page.commitments.index(0, 0))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert store.commitments.count() == 13
    context.undo_stack.undo()
    assert store.commitments.get(original.id) == original


def test_moving_a_commitment_to_a_new_partner_is_undone_whole(context, screen) -> None:
    """Correcting the partner to another organisation makes it partner; undo removes both."""
    page = screen.page
    store = context.store
    alliance_id = page.current_alliance().id
    partners = len(store.partners.of_alliance(alliance_id))
    page.commitment_table.setCurrentIndex(page.commitments.index(0, 0))
    original = page.selected_commitment().commitment
    page.edit_selected_commitment()
    page.capture.partner.setText("Mairie de Nulle-Part")
    page.capture.signatory.clear()
    assert not page.capture.save()  # a new organisation needs its kind
    assert page.capture.partner_kind.isVisible()
    page.capture.partner_kind.setCurrentIndex(
        page.capture.partner_kind.findData(OrganisationKind.COLLECTIVITE)
    )
    assert page.capture.save()
    moved = store.commitments.get(original.id)
    assert moved.partner_id != original.partner_id
    assert len(store.partners.of_alliance(alliance_id)) == partners + 1
    context.undo_stack.undo()
    assert store.commitments.get(original.id) == original
    assert len(store.partners.of_alliance(alliance_id)) == partners
    assert store.organisations.by_name("Mairie de Nulle-Part") is None
    context.undo_stack.redo()
    assert store.commitments.get(original.id).partner_id == moved.partner_id
    assert store.organisations.by_name("Mairie de Nulle-Part").kind == OrganisationKind.COLLECTIVITE


def test_an_unknown_partner_needs_its_kind_before_it_joins(context, screen, qtbot) -> None:
    """A name the registry does not know is refused by the field until its kind is chosen."""
    panel = screen.page.editor.partners
    store = context.store
    organisations = store.organisations.count()
    panel.organisation.setFocus()
    qtbot.keyClicks(panel.organisation, "Ferme des Trois Chenes")
    assert panel.kind.isVisible()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert store.organisations.count() == organisations
    assert panel.error.isVisible() and "type" in panel.error.text()
    assert panel.model.rowCount() == 5
    panel.kind.setCurrentIndex(panel.kind.findData(OrganisationKind.ENTREPRISE))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    added = store.organisations.by_name("Ferme des Trois Chenes")
    assert added is not None and added.kind == OrganisationKind.ENTREPRISE
    assert panel.model.rowCount() == 6
    assert not panel.error.isVisible()
    context.undo_stack.undo()
    assert panel.model.rowCount() == 5
    assert store.organisations.count() == organisations


def _add_namesakes(context) -> None:
    """Two organisations called "Mairie de Vatan", in two places, added as a user would."""
    for territory in ("Vatan", "Indre"):
        organisation = Organisation(
            name="Mairie de Vatan", kind=OrganisationKind.COLLECTIVITE, territory=territory
        )
        context.apply("Ajouter", lambda s, o=organisation: add_organisation(s, o))


def test_a_partner_typed_another_way_is_the_registry_one(context, screen, qtbot) -> None:
    """A name spelt otherwise ("cuisine commune (scop)") is offered as the registry's "SCOP
    Cuisine Commune": no kind is asked, Enter adds that one and no new organisation."""
    panel = screen.page.editor.partners
    store = context.store
    organisations = store.organisations.count()
    panel.organisation.setFocus()
    qtbot.keyClicks(panel.organisation, "cuisine commune (scop)")
    assert not panel.kind.isVisible()
    assert panel.hint.isVisible()
    assert "« SCOP Cuisine Commune »" in panel.hint.text()
    qtbot.keyClick(panel.organisation, Qt.Key.Key_Return)
    assert not panel.error.isVisible(), panel.error.text()
    assert store.organisations.count() == organisations
    scop = store.organisations.by_name("SCOP Cuisine Commune")
    assert _contact_of(store, panel.alliance_id, scop.name) is not None


def test_namesake_partners_are_told_apart_never_picked_silently(context, screen, qtbot) -> None:
    """Two registry organisations of one name: the bare name is refused next to the field,
    the list tells them apart by kind and place, and the one picked joins."""
    panel = screen.page.editor.partners
    store = context.store
    _add_namesakes(context)
    partners = panel.model.rowCount()
    panel.organisation.setFocus()
    qtbot.keyClicks(panel.organisation, "mairie de vatan")
    assert not panel.kind.isVisible()
    qtbot.keyClick(panel.organisation, Qt.Key.Key_Return)
    assert panel.model.rowCount() == partners
    assert panel.error.isVisible() and "Plusieurs" in panel.error.text()
    listed = panel.organisation.matches()
    assert listed == [
        "Mairie de Vatan (Collectivité territoriale, Vatan)",
        "Mairie de Vatan (Collectivité territoriale, Indre)",
    ]
    panel.organisation.clear()
    qtbot.keyClicks(panel.organisation, "mairie de vatan (collectivite territoriale, indre)")
    qtbot.keyClick(panel.organisation, Qt.Key.Key_Return)
    joined = store.partners.of_alliance(panel.alliance_id)
    assert len(joined) == partners + 1
    organisation = store.organisations.get(joined[-1].organisation_id)
    assert (organisation.name, organisation.territory) == ("Mairie de Vatan", "Indre")


def test_a_new_mairie_joins_only_with_the_kind_picked_on_the_keyboard(
    context, screen, qtbot
) -> None:
    """An unknown "Mairie de Vatan" then Enter is refused next to the field with the cursor on
    its kind (never an Association by default); "c" picks Collectivité, Enter adds it."""
    panel = screen.page.editor.partners
    store = context.store
    organisations = store.organisations.count()
    screen.activateWindow()
    panel.organisation.setFocus()
    qtbot.keyClicks(panel.organisation, "Mairie de Vatan")
    assert panel.kind.isVisible() and panel.kind.kind() is None
    assert "choisissez son type" in panel.hint.text()
    qtbot.keyClick(panel.organisation, Qt.Key.Key_Return)
    assert store.organisations.count() == organisations
    assert panel.error.isVisible() and "type" in panel.error.text()
    assert panel.kind.hasFocus()
    qtbot.keyClick(panel.kind, Qt.Key.Key_C)
    assert panel.kind.kind() == OrganisationKind.COLLECTIVITE
    qtbot.keyClick(panel.kind, Qt.Key.Key_Return)
    added = store.organisations.by_name("Mairie de Vatan")
    assert added is not None and added.kind == OrganisationKind.COLLECTIVITE
    assert panel.organisation.text() == "" and not panel.kind.isVisible()


def _confirm_all_of_idea_alliance(context, screen):
    """Show the demo's "Idée" alliance and confirm all its commitments, as the read-back does."""
    page = screen.page
    store = context.store
    alliance = next(a for a in page.model.records() if a.status == AllianceStatus.IDEE)
    page.select_alliance(alliance.id)
    editor = page.editor
    assert not editor.status_offer.isVisible()
    ids = [c.id for c in store.commitments.of_alliance(alliance.id)]
    context.apply("Confirmer", lambda s: set_commitments_status(s, ids, CommitmentStatus.CONFIRME))
    return alliance, editor


def test_an_alliance_whose_commitments_are_confirmed_is_offered_to_move_on(
    context, screen, qtbot
) -> None:
    """Once all its commitments are confirmed, an "Idée" alliance offers "Formalisée" in its
    form; the button (keyboard) moves it on in one step, keeping a name being typed; undo
    puts "Idée" and the offer back."""
    store = context.store
    alliance, editor = _confirm_all_of_idea_alliance(context, screen)
    assert editor.status_offer.isVisible()
    assert editor.status_offer.label.text() == "Tous les engagements sont confirmés."
    assert editor.status_offer.accept_button.text() == "Passer à « Formalisée »"
    editor.name.setText(alliance.name + " (à renommer)")  # typed, not saved yet
    screen.activateWindow()
    editor.status.setFocus()
    qtbot.keyClick(editor.status, Qt.Key.Key_Tab)  # the offer comes right after the status
    assert editor.status_offer.accept_button.hasFocus()
    qtbot.keyClick(editor.status_offer.accept_button, Qt.Key.Key_Space)
    assert store.alliances.get(alliance.id).status == AllianceStatus.FORMALISEE
    assert store.alliances.get(alliance.id).name == alliance.name
    assert editor.status.currentData() == AllianceStatus.FORMALISEE
    assert editor.name.text() == alliance.name + " (à renommer)"
    assert not editor.status_offer.isVisible()
    context.undo_stack.undo()
    assert store.alliances.get(alliance.id).status == AllianceStatus.IDEE
    assert editor.status.currentData() == AllianceStatus.IDEE
    assert editor.status_offer.isVisible()


def test_the_offer_to_move_on_can_be_left(context, screen, qtbot) -> None:
    """ "Plus tard" hides the offer and changes nothing; another alliance has its own."""
    store = context.store
    alliance, editor = _confirm_all_of_idea_alliance(context, screen)
    steps = context.undo_stack.count()
    qtbot.mouseClick(editor.status_offer.later_button, Qt.MouseButton.LeftButton)
    assert not editor.status_offer.isVisible()
    assert store.alliances.get(alliance.id).status == AllianceStatus.IDEE
    assert context.undo_stack.count() == steps
    screen.page.select_alliance(screen.page.model.record(0).id)
    screen.page.select_alliance(alliance.id)
    assert not editor.status_offer.isVisible()


def test_a_hidden_screen_reads_nothing_and_is_up_to_date_when_shown(context, screen) -> None:
    """While hidden, a phone card (BOARD) or another screen's alliance makes no store read;
    shown again, the new alliance is listed."""
    store = context.store
    screen.hide()
    with counting(store) as counted:
        context.notify(Changes.of(Area.BOARD))
    assert counted.statements == []
    applied = create_alliance(store, Alliance(workshop_id=store.demo_id, name="Cantine locale"))
    with counting(store) as counted:
        context.notify(applied.changes | Changes.of(Area.BOARD, Area.PEOPLE))
    assert counted.statements == []
    assert "Cantine locale" not in [a.name for a in screen.page.model.records()]
    screen.show()
    assert "Cantine locale" in [a.name for a in screen.page.model.records()]
    wall_texts = [label.text() for label in screen.wall.findChildren(QLabel)]
    assert "Cantine locale" not in wall_texts  # its tab is not shown: it waits
    screen.tabs.setCurrentWidget(screen.wall_stack)
    assert "Cantine locale" in [label.text() for label in screen.wall.findChildren(QLabel)]


def test_another_workshop_shows_its_own_alliances(context, screen) -> None:
    """Making another workshop current empties the lists and the form; coming back refills."""
    store = context.store
    demo = store.workshops.get(store.demo_id)
    other = store.workshops.add(dataclasses.replace(demo, id=0, title="Autre atelier"))
    page = screen.page
    context.set_current_workshop(other.id)
    assert page.model.rowCount() == 0
    assert page.capture.alliance.count() == 0
    assert page.editor.alliance is None
    context.set_current_workshop(store.demo_id)
    assert page.model.rowCount() == 3
    assert page.capture.alliance.count() == 3
    assert page.editor.name.text() == page.model.record(0).name


LONG_NAME = (
    "Groupement d'interet public pour le developpement agricole, alimentaire et rural du Val "
    "de Lise, de ses communes associees et des territoires voisins"
)


def _rows_shown(table) -> float:
    return table.viewport().height() / table.verticalHeader().defaultSectionSize()


def test_the_screen_fits_a_1366_by_768_window_with_every_message_shown(
    context, qtbot, qapp
) -> None:
    """At 1366x768, with the move-on offer, a long new partner's hint and every error of the
    capture shown, the window does not widen, the SDG tiles stay below the objective and
    both tables show at least six rows."""
    from PySide6.QtCore import QPoint, QSettings
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    qapp.setOrganizationName("Catalyse")
    qapp.setApplicationName("Catalyse")
    QSettings().clear()
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    screen = window.show_screen("alliances")
    page = screen.page
    _alliance, editor = _confirm_all_of_idea_alliance(context, screen)
    assert editor.status_offer.isVisible()
    panel = editor.partners
    panel.organisation.setFocus()
    qtbot.keyClicks(panel.organisation, LONG_NAME)
    qtbot.keyClick(panel.organisation, Qt.Key.Key_Return)  # refused: no kind chosen
    assert panel.error.isVisible() and panel.kind.isVisible()
    capture = page.capture
    capture.partner.setFocus()
    qtbot.keyClicks(capture.partner, LONG_NAME)
    assert capture.partner_hint.isVisible()
    capture.signatory.setText("Quelqu'un d'autre")
    capture.quantity.setText("beaucoup")
    capture.due.setText("31/02/2027")
    capture.note.setFocus()
    qtbot.keyClick(capture.note, Qt.Key.Key_Return)
    shown = [name for name, label in capture.errors.items() if label.isVisible()]
    assert set(shown) == {"partner", "signatory", "description", "quantity", "due_date"}
    QApplication.processEvents()

    assert window.width() <= 1366 and window.height() <= 768
    assert window.minimumSizeHint().width() <= 1366
    frame = window.screen_frame("alliances")
    assert not frame.horizontalScrollBar().isVisible()
    assert not frame.verticalScrollBar().isVisible()
    objective_bottom = editor.objective.mapTo(editor, QPoint(0, editor.objective.height())).y()
    assert editor.sdgs.mapTo(editor, QPoint(0, 0)).y() >= objective_bottom
    assert _rows_shown(panel.table) >= 6, _rows_shown(panel.table)
    assert _rows_shown(page.commitment_table) >= 6, _rows_shown(page.commitment_table)


def test_a_partner_picked_in_the_completion_list_leaves_the_field_empty(
    context, screen, qtbot
) -> None:
    """Picking an organisation in the completion list with Down and Enter adds it, and the field
    is empty for the next one (the list wrote the name back: the next typing was appended,
    "Bâtir Écologique SARLcommune", and saved as a new organisation)."""
    panel = screen.page.editor.partners
    store = context.store
    before = store.organisations.count()
    screen.activateWindow()
    panel.organisation.setFocus()
    qtbot.keyClicks(panel.organisation, "mutuelle")
    popup = panel.organisation.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.wait(50)
    mutuelle = store.organisations.by_name("Mutuelle Entraide Lise")
    assert any(
        p.organisation_id == mutuelle.id for p in store.partners.of_alliance(panel.alliance_id)
    )
    assert panel.organisation.text() == ""
    qtbot.keyClicks(panel.organisation, "scop")
    assert panel.organisation.text() == "scop"
    assert store.organisations.count() == before


def test_a_partner_already_there_picked_in_the_list_is_selected_for_the_next_name(
    context, screen, qtbot
) -> None:
    """Picking, in the completion list, an organisation that is already a partner says so and
    leaves its name selected: what is typed next replaces it (it was appended)."""
    panel = screen.page.editor.partners
    store = context.store
    partner = store.partners.of_alliance(panel.alliance_id)[0]
    name = store.organisations.get(partner.organisation_id).name
    screen.activateWindow()
    panel.organisation.setFocus()
    from workshop.domain.text import fold

    qtbot.keyClicks(panel.organisation, fold(name)[:-1])  # the list ignores accents
    popup = panel.organisation.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert "déjà partenaire" in panel.error.text()
    qtbot.keyClicks(panel.organisation, "scop")
    assert panel.organisation.text() == "scop"


def test_delete_in_the_partners_table_removes_the_partner_and_undo_brings_it_back(
    context, screen, qtbot
) -> None:
    """Delete on a partner's row removes it from the alliance (the key did nothing); Ctrl+Z
    brings it back."""
    panel = screen.page.editor.partners
    store = context.store
    before = len(store.partners.of_alliance(panel.alliance_id))
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    panel.table.setFocus()
    qtbot.waitUntil(panel.table.hasFocus)
    panel.table.setCurrentIndex(panel.model.index(before - 1, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert len(store.partners.of_alliance(panel.alliance_id)) == before - 1
    assert panel.organisation.text() == ""  # not the removed partner's name, to type after
    context.undo_stack.undo()
    assert len(store.partners.of_alliance(panel.alliance_id)) == before


def test_delete_in_the_commitments_table_removes_the_commitment(context, screen, qtbot) -> None:
    """Delete on a commitment's row removes it, as the button says "Supprimer (Suppr)" (the key
    did nothing: the shortcut was never connected)."""
    table = screen.page.commitment_table
    before = context.store.commitments.count()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert context.store.commitments.count() == before - 1


def test_escape_in_the_capture_form_clears_it(context, screen, qtbot) -> None:
    """Escape in the commitment capture empties what was typed (the key did nothing)."""
    form = screen.page.capture
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    form.description.setFocus()
    qtbot.waitUntil(form.description.hasFocus)
    qtbot.keyClicks(form.description, "Une salle")
    qtbot.keyClick(form.description, Qt.Key.Key_Escape)
    assert form.description.text() == ""
