"""The facilitator's panel: one switch starts and stops the server, zones and moderation."""

from __future__ import annotations

import datetime as dt
import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from ui.live.panel import LivePanel
from workshop.domain.records import CHECKED_IN_BY_PHONE, Organisation, Person
from workshop.domain.vocabulary import OrganisationKind
from workshop.live.api import CardRequest
from workshop.live.http import HttpRequest
from workshop.live.moderation import Author
from workshop.storage.live import LiveInboxRows


@pytest.fixture
def panel(context: Any, qtbot: Any) -> Iterator[LivePanel]:
    panel = LivePanel(context)
    qtbot.addWidget(panel)
    loopback = panel.network.findData("127.0.0.1")
    assert loopback >= 0, "the loopback interface is offered"
    panel.network.setCurrentIndex(loopback)
    yield panel
    panel.server.stop()
    panel.service.flush_changes()  # before the store closes


def test_the_action_starts_and_stops_the_server(panel: LivePanel) -> None:
    """ "Participation en direct" opens a port and shows the QR code; unticked, the port closes."""
    assert panel.toggle_action.text() == "Participation en direct"
    assert not panel.server.running and panel.qr.isHidden()
    panel.toggle_action.setChecked(True)
    assert panel.server.running and panel.switch.isChecked()
    assert not panel.qr.pixmap().isNull() and not panel.qr.isHidden()
    assert panel.service.session.code in panel.address.text()
    port = panel.server.port
    assert panel.address.text().startswith(f"127.0.0.1:{port}")
    with socket.create_connection(("127.0.0.1", port), timeout=2):
        pass
    panel.switch.click()
    assert not panel.server.running and not panel.toggle_action.isChecked()
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
        refused = False
    except OSError:
        refused = True
    assert refused, "the port is closed once stopped"


def test_zone_boxes_and_mode_drive_the_session(context: Any, panel: LivePanel) -> None:
    """Each zone of the workshop has a box; unticking it closes the zone; the mode is kept."""
    zones = context.store.board.zones.of_workshop(context.current_workshop_id)
    assert [panel.zone_checks[z.id].text() for z in zones] == [z.name for z in zones]
    panel.zone_checks[zones[0].id].setChecked(False)
    assert not panel.service.session.zone_open(zones[0].id)
    assert panel.service.session.zone_open(zones[1].id)
    panel.moderated.setChecked(True)
    assert panel.service.session.moderated


def test_the_inbox_accepts_and_rejects(context: Any, panel: LivePanel, qtbot: Any) -> None:
    """Waiting contributions are listed as text; Accepter makes a card, Rejeter drops one."""
    zone = context.store.board.zones.of_workshop(context.current_workshop_id)[0]
    inbox = panel.service.session.inbox
    author = Author(first_name="Yanis", organisation="Réseau des AMAP de la Lise")
    for text in ("<i>Une idée</i>", "Hors sujet"):
        inbox.add(
            author, CardRequest(request_id="r", zone_id=zone.id, text=text), dt.datetime.now()
        )
    panel.service.inbox_changed.emit()
    assert panel.inbox.count() == 2 and panel.inbox_box.title() == "À modérer (2)"
    assert "<i>Une idée</i>" in panel.inbox.item(0).text()
    panel.inbox.setCurrentRow(0)
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    (card,) = context.store.board.cards.find("text = '<i>Une idée</i>'")
    assert card.source == "phone" and card.zone_id == zone.id
    panel.inbox.setCurrentRow(0)
    qtbot.mouseClick(panel.reject_button, Qt.MouseButton.LeftButton)
    assert panel.inbox.count() == 0
    assert context.store.board.cards.count("text = 'Hors sujet'") == 0
    context.undo_stack.undo()
    assert context.store.board.cards.count("text = '<i>Une idée</i>'") == 0


def test_the_saved_access_code_is_readable_by_its_owner_only(context: Any, qtbot: Any) -> None:
    """The settings file that keeps the room's access code is not world-readable (0600)."""
    import os
    import stat

    from PySide6.QtCore import QSettings

    panel = LivePanel(context)
    qtbot.addWidget(panel)
    panel.network.setCurrentIndex(panel.network.findData("127.0.0.1"))
    panel.toggle_action.setChecked(True)
    panel.toggle_action.setChecked(False)
    path = QSettings().fileName()
    assert panel.service.session.code in Path(path).read_text(encoding="utf-8")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_a_restarted_app_keeps_the_code_and_port(context: Any, qtbot: Any) -> None:
    """Reopened the same day on the same workshop, the panel reuses the code and the port,
    so that phones already in the room carry on."""
    first = LivePanel(context)
    qtbot.addWidget(first)
    first.network.setCurrentIndex(first.network.findData("127.0.0.1"))
    first.toggle_action.setChecked(True)
    code, port = first.service.session.code, first.server.port
    first.toggle_action.setChecked(False)
    second = LivePanel(context)
    qtbot.addWidget(second)
    second.network.setCurrentIndex(second.network.findData("127.0.0.1"))
    assert second.service.session.code != code
    second.toggle_action.setChecked(True)
    assert (second.service.session.code, second.server.port) == (code, port)
    second.toggle_action.setChecked(False)


def test_a_read_only_database_keeps_the_server_off(demo_store: Any, qtbot: Any) -> None:
    """On a database opened read-only, the switch does not open the participation."""
    from ui.context import AppContext
    from workshop.storage.store import Store

    read_only = Store.open(demo_store.path, read_only=True)
    try:
        panel = LivePanel(AppContext(read_only))
        qtbot.addWidget(panel)
        panel.toggle_action.setChecked(True)
        assert not panel.server.running and not panel.toggle_action.isChecked()
        assert "lecture seule" in panel.status.text()
    finally:
        read_only.close()


def test_the_main_window_docks_the_panel_on_demand(context: Any, qtbot: Any) -> None:
    """The window's "Participation" action shows the panel; no server runs until switched on."""
    from ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    action = window.live_dock.toggleViewAction()
    assert window.live_dock.panel is None and action.shortcut().toString() == "Ctrl+Shift+P"
    action.trigger()
    qtbot.waitUntil(window.live_dock.isVisible)
    panel = window.live_dock.panel
    assert isinstance(panel, LivePanel) and not panel.server.running
    panel.service.flush_changes()


def _vatan(context: Any) -> Any:
    """The registry's Camille Roux of the Commune de Vatan, on the workshop's check-in list."""
    store = context.store
    commune = store.organisations.add(
        Organisation(name="Commune de Vatan", kind=OrganisationKind.COLLECTIVITE)
    )
    roux = store.people.add(
        Person(first_name="Camille", last_name="Roux", organisation_id=commune.id)
    )
    store.attendance.register(context.current_workshop_id, [roux.id])
    return roux


def _phone(panel: LivePanel, path: str, body: dict[str, Any], device: str = "") -> Any:
    """What the phone page sends, answered by the panel's service."""
    headers = {"x-catalyse-code": panel.service.session.code, "content-type": "application/json"}
    if device:
        headers["x-catalyse-device"] = device
    reply = panel.service.respond(
        HttpRequest(
            method="POST",
            path=path,
            headers=headers,
            body=json.dumps(body).encode(),
            address="127.0.0.1",
        )
    )
    QCoreApplication.processEvents()  # the event loop's next turn: arrivals are compared
    panel.service.flush_changes()
    return reply


def _join_as_camille_of_the_mairie(panel: LivePanel, device: str = "") -> str:
    body = {
        "first_name": "Camille",
        "organisation": "Mairie de Vatan",
        "organisation_kind": "collectivite",
    }
    reply = _phone(panel, "/api/join", body, device)
    assert reply.status == (200 if device else 201)
    return str(json.loads(reply.body)["device"])


def test_a_phone_participant_is_present_and_offered_as_a_match_to_confirm(
    context: Any, panel: LivePanel, qtbot: Any
) -> None:
    """Camille of a "Mairie" joins from her phone: she is counted present at once, and the
    panel asks whether she is the check-in list's Camille Roux of the Commune de Vatan;
    "C'est bien Camille Roux" (keyboard) makes her phone's card and presence Camille Roux's."""
    store = context.store
    workshop_id = context.current_workshop_id
    roux = _vatan(context)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.matches_box.isHidden()
    device = _join_as_camille_of_the_mairie(panel)
    (phone,) = store.people.find("first_name = 'Camille' AND last_name = ''")
    attendance = store.attendance.get(workshop_id, phone.id)
    assert attendance.present and attendance.checked_in_via == CHECKED_IN_BY_PHONE
    assert not store.attendance.get(workshop_id, roux.id).present  # nothing merged yet
    assert context.undo_stack.undoText() == (
        "Arrivée de Camille (Mairie de Vatan) depuis un téléphone"
    )
    qtbot.waitUntil(panel.matches_box.isVisible)  # compared once the phones are answered
    assert panel.matches_box.title() == "Correspondances à confirmer (3)"
    texts = [panel.match_list.item(row).text() for row in range(panel.match_list.count())]
    assert texts == [
        "Organisation « Mairie de Vatan », ajoutée depuis un téléphone\n"
        "est-ce « Commune de Vatan » ?",
        "Camille (Mairie de Vatan), inscrit·e depuis un téléphone\n"
        "est-ce Camille Roux (Commune de Vatan) ?",
        "Camille (Mairie de Vatan), inscrit·e depuis un téléphone\n"
        "est-ce Camille Martin (Commune de Saint-Aubin-sur-Lise) ?",  # on the check-in list
    ]
    panel.match_list.setFocus()
    qtbot.keyClick(panel.match_list, Qt.Key.Key_Down)
    assert panel.confirm_match_button.text() == "C'est bien Camille Roux"
    assert panel.dismiss_match_button.text() == "Nouvelle personne"
    qtbot.keyClick(panel.confirm_match_button, Qt.Key.Key_Space)
    attendance = store.attendance.get(workshop_id, roux.id)
    assert attendance.present and attendance.checked_in_via == CHECKED_IN_BY_PHONE
    assert store.people.count("id = ?", [phone.id]) == 0
    assert store.organisations.count("name = 'Mairie de Vatan'") == 0
    assert panel.match_list.count() == 0 and panel.matches_box.isHidden()
    zone = store.board.zones.of_workshop(workshop_id)[0]
    card = _phone(
        panel, "/api/cards", {"request_id": "after", "zone_id": zone.id, "text": "Idée"}, device
    )
    assert card.status == 201
    posted = store.board.cards.get(json.loads(card.body)["card_id"])
    assert (posted.person_id, posted.organisation_id) == (roux.id, roux.organisation_id)
    people, organisations = store.people.count(), store.organisations.count()
    panel.service.session.devices.clear()  # the server forgot the phone: it joins again
    again = _join_as_camille_of_the_mairie(panel, device)
    assert again == device
    assert panel.service.session.devices[again].author.person_id == roux.id
    assert (store.people.count(), store.organisations.count()) == (people, organisations)
    assert panel.match_list.count() == 0  # she was confirmed: not asked again
    context.undo_stack.undo()  # the card
    context.undo_stack.undo()  # "C'est bien Camille Roux"
    assert not store.attendance.get(workshop_id, roux.id).present
    assert store.people.get(phone.id).first_name == "Camille"


def test_a_new_person_and_a_new_organisation_stay_apart_when_the_facilitator_says_so(
    context: Any, panel: LivePanel, qtbot: Any
) -> None:
    """ "Nouvelle personne" and "Nouvelle organisation" keep the phone's records as they are
    (present, nothing merged) and take the matches off the list."""
    store = context.store
    roux = _vatan(context)
    people, organisations = store.people.count(), store.organisations.count()
    _join_as_camille_of_the_mairie(panel)
    panel.match_list.setCurrentRow(1)
    qtbot.keyClick(panel.dismiss_match_button, Qt.Key.Key_Space)
    assert panel.match_list.count() == 1
    assert panel.dismiss_match_button.text() == "Nouvelle organisation"
    assert panel.confirm_match_button.text() == "C'est bien Commune de Vatan"
    qtbot.keyClick(panel.dismiss_match_button, Qt.Key.Key_Space)
    assert panel.match_list.count() == 0
    assert (store.people.count(), store.organisations.count()) == (people + 1, organisations + 1)
    assert not store.attendance.get(context.current_workshop_id, roux.id).present


def test_a_long_name_to_confirm_never_widens_the_panel(
    context: Any, panel: LivePanel, qtbot: Any
) -> None:
    """A match with a very long organisation name wraps in the list and is elided on its button
    (whole in the tooltip): the panel asks for no more width than before."""
    store = context.store
    panel.show()
    qtbot.waitExposed(panel)
    before = panel.minimumSizeHint().width()
    long_name = "Commune de Vatan " + "et de ses hameaux réunis " * 5
    commune = store.organisations.add(
        Organisation(name=long_name.strip(), kind=OrganisationKind.COLLECTIVITE)
    )
    store.attendance.register(
        context.current_workshop_id,
        [
            store.people.add(
                Person(first_name="Camille", last_name="Roux" * 8, organisation_id=commune.id)
            ).id
        ],
    )
    _join_as_camille_of_the_mairie(panel)
    panel.match_list.setCurrentRow(1)
    assert panel.confirm_match_button.toolTip()
    assert panel.confirm_match_button.text().endswith("…")
    assert panel.minimumSizeHint().width() <= max(before, panel.minimumWidth())


def test_a_phone_typing_a_confirmed_participants_name_does_not_speak_for_them(
    context: Any, panel: LivePanel, qtbot: Any
) -> None:
    """Once Camille's phone is confirmed as Camille Roux, another phone typing "Camille" of
    the "Mairie de Vatan" is a participant of its own, declared on a phone and offered as a
    match: its card is not Camille Roux's."""
    store = context.store
    roux = _vatan(context)
    panel.show()
    qtbot.waitExposed(panel)
    _join_as_camille_of_the_mairie(panel)
    qtbot.waitUntil(lambda: panel.match_list.count() == 3)
    panel.match_list.setCurrentRow(1)
    qtbot.keyClick(panel.confirm_match_button, Qt.Key.Key_Space)  # C'est bien Camille Roux
    assert panel.match_list.count() == 0
    other = _join_as_camille_of_the_mairie(panel)  # someone else, without that phone's token
    person_id = panel.service.session.devices[other].author.person_id
    assert person_id is not None and person_id != roux.id
    zone = store.board.zones.of_workshop(context.current_workshop_id)[0]
    reply = _phone(
        panel, "/api/cards", {"request_id": "x", "zone_id": zone.id, "text": "Hi"}, other
    )
    card = store.board.cards.get(json.loads(reply.body)["card_id"])
    assert card.person_id == person_id != roux.id
    qtbot.waitUntil(lambda: panel.match_list.count() > 0)
    texts = [panel.match_list.item(row).text() for row in range(panel.match_list.count())]
    assert (
        "Camille (Mairie de Vatan), inscrit·e depuis un téléphone\n"
        "est-ce Camille Roux (Commune de Vatan) ?"
    ) in texts


def _answer_next_dialog(qtbot: Any, key: Any) -> list[str]:
    """Press `key` in the next modal dialog once it shows; the texts it showed."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, answer)
            return
        if isinstance(dialog, QMessageBox):
            seen.append(dialog.text())
        qtbot.keyClick(dialog, key)

    QTimer.singleShot(0, answer)
    return seen


def _wait_for_moderation(context: Any, panel: LivePanel, texts: list[str]) -> None:
    zone = context.store.board.zones.of_workshop(context.current_workshop_id)[0]
    author = Author(first_name="Yanis", organisation="Réseau des AMAP de la Lise")
    for text in texts:
        panel.service.inbox.add(
            author, CardRequest(request_id="r", zone_id=zone.id, text=text), dt.datetime.now()
        )
    panel.service.inbox_changed.emit()


def test_stopping_with_contributions_waiting_asks_to_read_them_first(
    context: Any, panel: LivePanel, qtbot: Any
) -> None:
    """Stopping while two contributions wait asks first: Escape keeps the session open and the
    items; "Arrêter et les supprimer" stops and erases them from the database."""
    panel.toggle_action.setChecked(True)
    _wait_for_moderation(context, panel, ["Une idée", "Une autre"])
    seen = _answer_next_dialog(qtbot, Qt.Key.Key_Escape)
    panel.switch.click()
    assert seen == ["2 contributions attendent encore d'être relues."]
    assert panel.server.running and panel.switch.isChecked() and panel.toggle_action.isChecked()
    assert panel.inbox.count() == 2

    def discard() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QMessageBox):
            QTimer.singleShot(10, discard)
            return
        (button,) = [b for b in dialog.findChildren(QPushButton) if "supprimer" in b.text().lower()]
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)

    QTimer.singleShot(0, discard)
    panel.switch.click()
    assert not panel.server.running and not panel.toggle_action.isChecked()
    assert panel.inbox.count() == 0
    workshop_id = context.current_workshop_id
    assert LiveInboxRows(context.store.db).count(workshop_id) == 0


def test_stopping_with_nothing_waiting_asks_nothing(context: Any, panel: LivePanel) -> None:
    """With an empty inbox the switch stops the session at once."""
    panel.toggle_action.setChecked(True)
    panel.switch.click()
    assert not panel.server.running


def test_the_anonymous_box_makes_phone_cards_nameless_and_undo_unticks_it(
    context: Any, panel: LivePanel, qtbot: Any
) -> None:
    """Ticking "Anonyme" (Space) makes the workshop anonymous as one undoable step: the inbox
    shows no names for cards; the facilitator's undo unticks the box."""
    workshop_id = context.current_workshop_id
    _wait_for_moderation(context, panel, ["Une idée"])
    assert panel.inbox.item(0).text().splitlines()[1].startswith("Yanis")
    panel.anonymous.setFocus()
    qtbot.keyClick(panel.anonymous, Qt.Key.Key_Space)
    assert context.store.workshops.get(workshop_id).anonymous
    assert panel.anonymous.isChecked()
    panel.service.inbox_changed.emit()
    assert panel.inbox.item(0).text().splitlines()[1] == "Anonyme : Une idée"
    assert panel.service.accept(panel.service.inbox.items()[0].id)
    (card,) = context.store.board.cards.find("text = 'Une idée'")
    assert (card.person_id, card.organisation_id) == (None, None)
    context.undo_stack.undo()  # the acceptance: the item waits again
    assert panel.inbox.count() == 1
    context.undo_stack.undo()  # the choice
    assert not context.store.workshops.get(workshop_id).anonymous
    assert not panel.anonymous.isChecked()
