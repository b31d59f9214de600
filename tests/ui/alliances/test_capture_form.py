"""The commitment capture form: keyboard only, Enter saves and clears, bad input is explained."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from ui.alliances.capture_form import CommitmentCaptureForm
from workshop.domain.vocabulary import CommitmentStatus, OrganisationKind, ResourceKind
from workshop.queries.commitments import commitment_views

# The offscreen platform cannot raise windows nor grab the keyboard for the completion popup.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def form(context, qtbot):
    widget = CommitmentCaptureForm(context)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.partner.hasFocus())
    return widget


def type_in_focus(qtbot, text: str) -> None:
    """Type into the focused widget, key by key (QTest only knows ASCII keys: others are sent
    as key events carrying their text, as a keyboard layout would)."""
    for ch in text:
        widget = QApplication.focusWidget()
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
                )


def press(qtbot, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), key)


def test_a_commitment_is_captured_with_the_keyboard_alone(context, form, qtbot) -> None:
    """Typing partner, signatory, what, kind, quantity and Enter saves it; the form clears."""
    store = context.store
    alliance_id = form.alliance.currentData()
    before = len(commitment_views(store, alliance_id=alliance_id))
    type_in_focus(qtbot, "transports riviere")  # accents and case do not matter
    press(qtbot, Qt.Key.Key_Tab)
    assert form.signatory.hasFocus()
    organisation = store.organisations.by_name("Transports Rivière")
    person = store.people.of_organisation(organisation.id)[0]
    type_in_focus(qtbot, person.full_name)
    press(qtbot, Qt.Key.Key_Tab)
    type_in_focus(qtbot, "Financer le carburant")
    press(qtbot, Qt.Key.Key_Tab)
    assert form.kind.hasFocus()
    type_in_focus(qtbot, "F")  # keyboard search in the list: Financier
    press(qtbot, Qt.Key.Key_Tab)
    type_in_focus(qtbot, "1 500,50")
    press(qtbot, Qt.Key.Key_Return)

    views = commitment_views(store, alliance_id=alliance_id)
    assert len(views) == before + 1
    saved = next(v for v in views if v.commitment.description == "Financer le carburant")
    c = saved.commitment
    assert saved.organisation == "Transports Rivière"
    assert (c.resource_kind, c.quantity, c.unit) == (ResourceKind.FINANCIER, 1500.5, "€")
    assert c.signatory_id == person.id
    assert c.status == CommitmentStatus.PROPOSE
    assert c.due_date == dt.date(2027, 2, 26)  # workshop date + 3 months
    assert form.partner.text() == "" and form.description.text() == ""
    assert form.partner.hasFocus()


def test_typing_a_new_organisation_adds_it_as_partner_and_undo_removes_everything(
    context, form, qtbot
) -> None:
    """A new organisation, its kind picked by a letter, becomes a partner; one undo undoes all."""
    store = context.store
    alliance_id = form.alliance.currentData()
    partners_before = len(store.partners.of_alliance(alliance_id))
    orgs_before = store.organisations.count()
    type_in_focus(qtbot, "Ferme des Trois Chênes")
    assert form.partner_hint.isVisible()
    press(qtbot, Qt.Key.Key_Tab)
    assert form.partner_kind.hasFocus()
    type_in_focus(qtbot, "E")  # the first kind starting with E (accents ignored)
    assert form.partner_kind.kind() == OrganisationKind.ETABLISSEMENT_PUBLIC
    type_in_focus(qtbot, "E")  # again: the next one
    assert form.partner_kind.kind() == OrganisationKind.ENTREPRISE
    form.description.setFocus()
    type_in_focus(qtbot, "Livrer des légumes")
    press(qtbot, Qt.Key.Key_Return)
    assert len(store.partners.of_alliance(alliance_id)) == partners_before + 1
    added = store.organisations.by_name("Ferme des Trois Chênes")
    assert added is not None and added.kind == OrganisationKind.ENTREPRISE
    context.undo_stack.undo()
    assert len(store.partners.of_alliance(alliance_id)) == partners_before
    assert store.organisations.count() == orgs_before
    context.undo_stack.redo()
    assert len(store.partners.of_alliance(alliance_id)) == partners_before + 1


def test_a_new_organisation_without_a_kind_is_refused_not_made_an_association(
    context, form, qtbot
) -> None:
    """Saving a commitment of an unknown organisation with no kind chosen asks for the kind
    next to the partner field, and adds nothing (no silent "Association")."""
    store = context.store
    organisations, commitments = store.organisations.count(), store.commitments.count()
    type_in_focus(qtbot, "Ferme des Trois Chênes")
    form.description.setText("Livrer des légumes")
    form.description.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert store.organisations.count() == organisations
    assert store.commitments.count() == commitments
    assert store.organisations.by_name("Ferme des Trois Chênes") is None
    assert "type" in form.errors["partner"].text()
    assert form.errors["partner"].isVisible()
    assert form.partner_kind.hasFocus()
    assert form.partner.text() == "Ferme des Trois Chênes"


@pytest.mark.parametrize(
    ("field", "text", "error_key"),
    [
        ("quantity", "beaucoup", "quantity"),
        ("due", "01/01/2020", "due_date"),
        ("due", "31/02/2027", "due_date"),
    ],
)
def test_invalid_input_is_explained_next_to_the_field(
    context, form, qtbot, field: str, text: str, error_key: str
) -> None:
    """A bad quantity or due date shows a message by the field, saves nothing, keeps the text."""
    before = context.store.commitments.count()
    form.partner.setText("Transports Rivière")
    form.description.setText("Prêter un camion")
    getattr(form, field).setText(text)
    getattr(form, field).setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert context.store.commitments.count() == before
    assert form.errors[error_key].isVisible()
    assert form.errors[error_key].text()
    assert getattr(form, field).text() == text
    assert getattr(form, field).hasFocus()


def test_a_signatory_from_another_organisation_is_refused(context, form, qtbot) -> None:
    """A person who belongs to another organisation cannot sign for this one."""
    store = context.store
    other = store.organisations.by_name("Supermarché Lise Distribution")
    stranger = store.people.of_organisation(other.id)[0]
    before = store.commitments.count()
    form.partner.setText("Transports Rivière")
    form.signatory.setText(stranger.full_name)
    form.description.setText("Prêter un camion")
    form.description.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert store.commitments.count() == before
    assert "organisation" in form.errors["signatory"].text()


def test_the_unit_follows_the_resource_kind(form) -> None:
    """Choosing a resource kind proposes its usual unit."""
    form.kind.setCurrentIndex(form.kind.findData(ResourceKind.FINANCIER))
    assert form.unit.currentText() == "€"
    form.kind.setCurrentIndex(form.kind.findData(ResourceKind.COMPETENCES))
    assert form.unit.currentText() == "jours"


def test_part_of_a_name_without_accents_finds_the_organisation(context, form, qtbot) -> None:
    """ "communaute de communes" then Tab fills in the one organisation it matches."""
    type_in_focus(qtbot, "communaute de communes")
    press(qtbot, Qt.Key.Key_Tab)
    assert form.partner.text() == "Communauté de communes du Val de Lise"
    assert form.partner.organisation() is not None
    assert not form.partner_hint.isVisible()


def test_a_name_matching_several_organisations_must_be_chosen(context, form, qtbot) -> None:
    """Typing "commune" (several matches) and saving asks to pick one; nothing is created."""
    organisations = context.store.organisations.count()
    type_in_focus(qtbot, "commune")
    form.description.setText("Prêter une salle")
    form.description.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert "Plusieurs organisations" in form.errors["partner"].text()
    assert context.store.organisations.count() == organisations


def test_letters_pick_the_resource_kind(form, qtbot) -> None:
    """On the resource field, a letter picks the next kind starting with it (M, then M again)."""
    form.kind.setFocus()
    press(qtbot, Qt.Key.Key_M)
    assert form.kind.currentData() == ResourceKind.MATERIEL
    press(qtbot, Qt.Key.Key_C)
    assert form.kind.currentData() == ResourceKind.COMMUNICATION
    press(qtbot, Qt.Key.Key_C)
    assert form.kind.currentData() == ResourceKind.COMPETENCES
    assert form.unit.currentText() == "jours"


def test_typing_a_kinds_first_letters_picks_it(qtbot) -> None:
    """In the kind of a new organisation, "entr" typed quickly picks Entreprise, not a kind per
    letter; the same letter again picks the next kind with it."""
    from PySide6.QtCore import Qt

    from ui.alliances.fields import OrganisationKindChoice
    from workshop.domain.vocabulary import OrganisationKind

    choice = OrganisationKindChoice()
    qtbot.addWidget(choice)
    qtbot.keyClicks(choice, "entr")
    assert choice.kind() == OrganisationKind.ENTREPRISE
    choice.setCurrentIndex(0)
    choice._typed_at = 0.0  # type: ignore[attr-defined]  # a pause: the next letter starts anew
    qtbot.keyClick(choice, Qt.Key.Key_E)
    first = choice.kind()
    qtbot.keyClick(choice, Qt.Key.Key_E)
    assert choice.kind() != first
    assert choice.currentText().lower().startswith("e")


def _alliance_contact(store, alliance_id, organisation_name):
    organisation = store.organisations.by_name(organisation_name)
    partner = next(
        p for p in store.partners.of_alliance(alliance_id) if p.organisation_id == organisation.id
    )
    return store.people.get(partner.contact_person_id)


def test_the_signatory_is_the_alliances_contact_for_the_partner(context, form, qtbot) -> None:
    """Choosing a partner of the alliance fills in its contact as signatory, selected so that
    typing replaces it; Enter saves the commitment signed by that contact."""
    store = context.store
    alliance_id = form.alliance.currentData()
    contact = _alliance_contact(store, alliance_id, "Association Zéro Gâchis Lise")
    type_in_focus(qtbot, "zero gachis")
    press(qtbot, Qt.Key.Key_Tab)
    assert form.signatory.hasFocus()
    assert form.signatory.text() == contact.full_name
    assert form.signatory.selectedText() == contact.full_name
    press(qtbot, Qt.Key.Key_Tab)
    type_in_focus(qtbot, "Trier les invendus")
    press(qtbot, Qt.Key.Key_Return)
    saved = next(
        v for v in commitment_views(store) if v.commitment.description == "Trier les invendus"
    )
    assert saved.commitment.signatory_id == contact.id
    assert form.signatory.text() == ""


def test_another_signatory_can_be_typed_over_the_proposed_one(context, form, qtbot) -> None:
    """The proposed signatory is only a proposal: another person of the organisation typed
    instead signs, and going back to the partner field does not undo the choice."""
    store = context.store
    alliance_id = form.alliance.currentData()
    contact = _alliance_contact(store, alliance_id, "Association Zéro Gâchis Lise")
    other = next(
        p for p in store.people.of_organisation(contact.organisation_id) if p.id != contact.id
    )
    type_in_focus(qtbot, "zero gachis")
    press(qtbot, Qt.Key.Key_Tab)
    type_in_focus(qtbot, other.full_name)
    press(qtbot, Qt.Key.Key_Backtab)
    assert form.partner.hasFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert form.signatory.text() == other.full_name
    press(qtbot, Qt.Key.Key_Tab)
    type_in_focus(qtbot, "Prêter des caisses")
    press(qtbot, Qt.Key.Key_Return)
    saved = next(
        v for v in commitment_views(store) if v.commitment.description == "Prêter des caisses"
    )
    assert saved.commitment.signatory_id == other.id


def test_another_partner_changes_the_proposed_signatory(context, form, qtbot) -> None:
    """Correcting the partner replaces the proposed signatory by the new partner's contact;
    an organisation that is not yet a partner proposes nobody."""
    store = context.store
    alliance_id = form.alliance.currentData()
    type_in_focus(qtbot, "zero gachis")
    press(qtbot, Qt.Key.Key_Tab)
    assert form.signatory.text()
    press(qtbot, Qt.Key.Key_Backtab)
    type_in_focus(qtbot, "transports riv")
    press(qtbot, Qt.Key.Key_Tab)
    assert (
        form.signatory.text()
        == _alliance_contact(store, alliance_id, "Transports Rivière").full_name
    )
    press(qtbot, Qt.Key.Key_Backtab)
    type_in_focus(qtbot, "mutuelle")
    press(qtbot, Qt.Key.Key_Tab)
    assert form.partner.text() == "Mutuelle Entraide Lise"
    assert form.signatory.text() == ""


def test_a_partner_spelt_otherwise_is_the_registry_one(context, form, qtbot) -> None:
    """ "Cuisine Commune (SCOP)" is the registry's "SCOP Cuisine Commune": the form says so,
    asks no kind, and Enter records the commitment for it without a new organisation."""
    store = context.store
    organisations = store.organisations.count()
    type_in_focus(qtbot, "Cuisine Commune (SCOP)")
    assert not form.partner_kind.isVisible()
    assert "« SCOP Cuisine Commune »" in form.partner_hint.text()
    form.description.setFocus()
    type_in_focus(qtbot, "Cuisiner les légumes")
    press(qtbot, Qt.Key.Key_Return)
    assert not form.errors["partner"].isVisible(), form.errors["partner"].text()
    saved = next(
        v for v in commitment_views(store) if v.commitment.description == "Cuisiner les légumes"
    )
    assert saved.organisation == "SCOP Cuisine Commune"
    assert store.organisations.count() == organisations


def test_a_ligature_typed_plainly_finds_the_organisation(context, form, qtbot) -> None:
    """ "restos du coeur" (no œ) then Tab fills in "Restos du Cœur – antenne de Bourg-Lise"."""
    type_in_focus(qtbot, "restos du coeur")
    press(qtbot, Qt.Key.Key_Tab)
    assert form.partner.text() == "Restos du Cœur – antenne de Bourg-Lise"
    assert not form.partner_kind.isVisible()


def test_a_name_two_organisations_share_is_refused(context, form, qtbot) -> None:
    """Two "Mairie de Vatan" in the registry: the bare name is refused by the partner field
    (none is picked silently, none is created); the one chosen from the list is saved."""
    from workshop.domain.records import Organisation
    from workshop.ops.registry import add_organisation

    store = context.store
    for territory in ("Vatan", "Indre"):
        organisation = Organisation(
            name="Mairie de Vatan", kind=OrganisationKind.COLLECTIVITE, territory=territory
        )
        context.apply("Ajouter", lambda s, o=organisation: add_organisation(s, o))
    organisations, commitments = store.organisations.count(), store.commitments.count()
    form.partner.setFocus()
    type_in_focus(qtbot, "Mairie de Vatan")
    assert not form.partner_kind.isVisible()
    form.description.setFocus()
    type_in_focus(qtbot, "Prêter la salle des fêtes")
    press(qtbot, Qt.Key.Key_Return)
    assert "Plusieurs organisations" in form.errors["partner"].text()
    assert (store.organisations.count(), store.commitments.count()) == (organisations, commitments)
    form.partner.setText("Mairie de Vatan (Collectivité territoriale, Vatan)")
    form.description.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    saved = next(
        v
        for v in commitment_views(store)
        if v.commitment.description == "Prêter la salle des fêtes"
    )
    assert store.organisations.get(saved.organisation_id).territory == "Vatan"


def test_two_commitments_of_one_partner_opened_in_turn_keep_the_partner(form, context, qtbot):
    """Opening one commitment, then another of the same partner, shows that partner: the
    field's clearing of a name written back by the completion list leaves a name set since."""
    import dataclasses

    from workshop.ops.alliances import add_commitment
    from workshop.queries.commitments import commitment_views

    first = commitment_views(context.store)[0]
    again = dataclasses.replace(first.commitment, id=0, description="Un second engagement")
    context.apply(
        "ajout",
        lambda store: add_commitment(store, first.alliance_id, first.organisation, again),
    )
    second = next(
        v for v in commitment_views(context.store) if v.commitment.description == again.description
    )
    form.edit(first)
    form.edit(second)
    qtbot.wait(20)
    assert form.partner.text() == first.organisation
