"""The facilitator's live-participation panel: switch, network, QR code, zones, moderation."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.i18n import current_lang
from ui.live.network import available_networks, qr_pixmap
from ui.live.server import LiveServer
from ui.live.service import LiveService
from ui.private_files import keep_settings_private
from ui.widgets.plain_text import no_mnemonic, plain_tooltip
from workshop.domain.changes import Area, Changes
from workshop.domain.quantities import format_quantity
from workshop.domain.records import OrganisationId, PersonId, ZoneId
from workshop.domain.vocabulary import RESOURCE_UNITS
from workshop.errors import CatalyseError
from workshop.live.access import CODE_ALPHABET
from workshop.live.api import CardRequest, LiveError
from workshop.live.matches import Match, MatchKind
from workshop.live.moderation import Pending
from workshop.live.registry import person_label
from workshop.live.state import unit_in

SESSION_KEY = "live/last_session"
QR_SIZE = 300
PHONES_REFRESH_MS = 2000
MATCH_LIST_HEIGHT = 140


class LivePanel(QWidget):
    """What the facilitator needs while phones contribute; dock it beside the board.

    `toggle_action` ("Participation en direct") starts and stops the server from a menu.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = LiveService(context, parent=self)
        self.server = LiveServer(self.service, parent=self)
        self.setAccessibleName(self.tr("Participation en direct"))

        self.toggle_action = QAction(self.tr("Participation en direct"), self)
        self.toggle_action.setCheckable(True)
        self.toggle_action.setStatusTip(
            self.tr("Laisser les participant·es contribuer depuis leur téléphone")
        )
        self.toggle_action.toggled.connect(self._on_toggle_action_toggled)

        self._phones_timer = QTimer(self)
        self._phones_timer.setInterval(PHONES_REFRESH_MS)
        self._phones_timer.timeout.connect(self._update_phones)
        self._inbox_signature: tuple[int, int, int] = (0, 0, 0)
        self._build()
        self._fill_networks()
        self._fill_zones()
        self._fill_inbox()
        self._show_anonymous()
        self._show_stopped()

        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.server.stop)  # never leave the port open
        context.data_changed.connect(self._on_context_data_changed)
        self.service.inbox_changed.connect(self._fill_inbox)

    def actions(self) -> list[QAction]:
        return [self.toggle_action]

    # ---- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        content = QWidget()
        layout = QVBoxLayout(content)
        title = QLabel(self.tr("Participation en direct"))
        title_font = QFont(title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        title.setFont(title_font)
        layout.addWidget(title)

        self.switch = QPushButton()
        self.switch.setCheckable(True)
        self.switch.setMinimumHeight(40)
        self.switch.toggled.connect(self.toggle_action.setChecked)
        layout.addWidget(self.switch)

        network_row = QHBoxLayout()
        self.network = QComboBox()
        self.network.setAccessibleName(self.tr("Réseau des téléphones"))
        self.network.setToolTip(self.tr("Le réseau Wi-Fi de la salle ou le point d'accès"))
        refresh = QPushButton(self.tr("Actualiser"))
        refresh.setAccessibleName(self.tr("Actualiser la liste des réseaux"))
        refresh.clicked.connect(self._fill_networks)
        network_label = QLabel(self.tr("Réseau :"))
        network_label.setBuddy(self.network)
        network_row.addWidget(network_label)
        network_row.addWidget(self.network, 1)
        network_row.addWidget(refresh)
        layout.addLayout(network_row)
        self._refresh_networks = refresh

        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName(self.tr("QR code de la participation"))
        layout.addWidget(self.qr)
        self.address = QLabel()
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setWordWrap(True)
        address_font = QFont(self.address.font())
        address_font.setPointSizeF(address_font.pointSizeF() * 1.4)
        address_font.setBold(True)
        self.address.setFont(address_font)
        layout.addWidget(self.address)
        self.big_qr = QPushButton(self.tr("Afficher en grand pour la salle"))
        self.big_qr.clicked.connect(self._show_big_qr)
        layout.addWidget(self.big_qr)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
        self.phones = QLabel()
        self.phones.setAccessibleName(self.tr("Téléphones connectés"))
        layout.addWidget(self.phones)
        self._build_matches(layout)  # where it is seen: right under the phones' count

        self.zones_box = QGroupBox(self.tr("Zones ouvertes aux contributions"))
        self.zones_layout = QVBoxLayout(self.zones_box)
        layout.addWidget(self.zones_box)
        self.zone_checks: dict[ZoneId, QCheckBox] = {}

        mode_box = QGroupBox(self.tr("Publication des contributions"))
        mode_layout = QVBoxLayout(mode_box)
        self.direct = QRadioButton(self.tr("Directe : au tableau aussitôt envoyées"))
        self.moderated = QRadioButton(self.tr("Avec modération : je relis avant"))
        self.direct.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.direct)
        group.addButton(self.moderated)
        self.moderated.toggled.connect(self.service.set_moderated)
        mode_layout.addWidget(self.direct)
        mode_layout.addWidget(self.moderated)
        # Short: the panel sits beside every screen (the explanation is the tooltip).
        self.anonymous = QCheckBox(self.tr("&Anonyme (cartes sans nom)"))
        self.anonymous.setToolTip(
            self.tr(
                "Cartes des téléphones sans nom, au tableau et au compte rendu. Les "
                "participant·es donnent toujours leur prénom et leur organisation : cela compte "
                "leur présence et leurs votes, mais leurs cartes n'en portent pas."
            )
        )
        self.anonymous.toggled.connect(self._on_anonymous_toggled)
        mode_layout.addWidget(self.anonymous)
        layout.addWidget(mode_box)

        self.inbox_box = QGroupBox()
        inbox_layout = QVBoxLayout(self.inbox_box)
        self.inbox = QListWidget()
        self.inbox.setWordWrap(True)
        self.inbox.setAccessibleName(self.tr("Contributions à modérer"))
        self.inbox.currentRowChanged.connect(self._update_inbox_buttons)
        self.inbox.itemDoubleClicked.connect(lambda _item: self._accept())
        inbox_layout.addWidget(self.inbox)
        buttons = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("Accepter"))
        self.edit_button = QPushButton(self.tr("Modifier…"))
        self.reject_button = QPushButton(self.tr("Rejeter"))
        self.accept_button.clicked.connect(self._accept)
        self.edit_button.clicked.connect(self._edit)
        self.reject_button.clicked.connect(self._reject)
        for button in (self.accept_button, self.edit_button, self.reject_button):
            buttons.addWidget(button)
        inbox_layout.addLayout(buttons)
        layout.addWidget(self.inbox_box)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setMinimumWidth(340)

    def _build_matches(self, layout: QVBoxLayout) -> None:
        """Who the phones' participants may already be: the facilitator confirms or not."""
        self.matches_box = QGroupBox()
        matches_layout = QVBoxLayout(self.matches_box)
        self.match_list = QListWidget()
        self.match_list.setWordWrap(True)  # long names wrap: the panel never widens
        self.match_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.match_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.match_list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustIgnored)
        self.match_list.setMaximumHeight(MATCH_LIST_HEIGHT)
        self.match_list.setAlternatingRowColors(True)  # one match from the next
        self.match_list.setAccessibleName(self.tr("Correspondances à confirmer"))
        self.match_list.currentRowChanged.connect(self._update_match_buttons)
        matches_layout.addWidget(self.match_list)
        self.confirm_match_button = QPushButton(self.tr("C'est bien…"))
        self.dismiss_match_button = QPushButton(self.tr("Nouvelle personne"))
        self.confirm_match_button.clicked.connect(self._confirm_match)
        self.dismiss_match_button.clicked.connect(self._dismiss_match)
        for button in (self.confirm_match_button, self.dismiss_match_button):
            # A long name is elided on the button (whole in its tooltip), never widening it.
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            matches_layout.addWidget(button)
        layout.addWidget(self.matches_box)
        self.service.matches_changed.connect(self._fill_matches)
        self._fill_matches()

    # ---- start and stop --------------------------------------------------------------------

    def _on_toggle_action_toggled(self, on: bool) -> None:
        if not on and self.server.running and not self._may_stop_with_waiting_items():
            self.toggle_action.setChecked(True)  # the facilitator reads them first
            return
        if self.switch.isChecked() != on:
            self.switch.setChecked(on)
        if on and not self.server.running:
            self._start()
        elif not on and self.server.running:
            self.server.stop()
            self._show_stopped()

    def _may_stop_with_waiting_items(self) -> bool:
        """Ending the session while contributions wait: read them first (the default, and
        Escape), or end it and erase them (what a phone sent never outlives its session
        unread). True: stop now."""
        waiting = len(self.service.inbox)
        if not waiting:
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Arrêter la participation"))
        box.setText(
            self.tr("Une contribution attend encore d'être relue.")
            if waiting == 1
            else self.tr("%1 contributions attendent encore d'être relues.").replace(
                "%1", str(waiting)
            )
        )
        box.setInformativeText(
            self.tr(
                "Relisez-les avant d'arrêter, ou arrêtez et supprimez-les : elles ne seront "
                "pas gardées après la séance."
            )
        )
        read = box.addButton(self.tr("&Les relire d'abord"), QMessageBox.ButtonRole.RejectRole)
        discard = box.addButton(
            self.tr("&Arrêter et les supprimer"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(read)
        box.setEscapeButton(read)
        box.exec()
        if box.clickedButton() is not discard:
            self.inbox.setFocus()
            return False
        self.service.discard_inbox()
        return True

    def _on_anonymous_toggled(self, on: bool) -> None:
        if self.context.current_workshop_id is None:
            return
        try:
            self.service.set_anonymous(on)
        except (CatalyseError, LiveError):
            self._show_anonymous()

    def _show_anonymous(self) -> None:
        """The box shows the current workshop's choice (also after an undo)."""
        workshop_id = self.context.current_workshop_id
        found = self.context.store.workshops.find("id = ?", [workshop_id]) if workshop_id else []
        self.anonymous.blockSignals(True)
        self.anonymous.setChecked(bool(found and found[0].anonymous))
        self.anonymous.blockSignals(False)
        self.anonymous.setEnabled(bool(found) and not self.context.store.read_only)

    def _start(self) -> None:
        if self.context.store.read_only:
            self.status.setText(
                self.tr("Base ouverte en lecture seule : les téléphones ne peuvent rien y ajouter.")
            )
            self.toggle_action.setChecked(False)
            return
        address = self.network.currentData()
        if not address:
            self.status.setText(self.tr("Aucun réseau disponible : activez le Wi-Fi."))
            self.toggle_action.setChecked(False)
            return
        port = self._resume_earlier_session(str(address))
        try:
            url = self.server.start(str(address), port)
            self._remember_session(str(address))
        except OSError as error:
            self.status.setText(
                self.tr("Impossible d'ouvrir la participation : %1").replace("%1", str(error))
            )
            self.toggle_action.setChecked(False)
            return
        self.qr.setPixmap(
            qr_pixmap(url).scaled(
                QR_SIZE,
                QR_SIZE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        )
        self.qr.show()
        self.big_qr.show()
        self.address.setText(self._short_address())
        self.address.show()
        self.status.setText(
            self.tr("Scannez le QR code, ou tapez l'adresse puis le code sur le téléphone.")
        )
        self.switch.setText(self.tr("Arrêter la participation"))
        self.network.setEnabled(False)
        self._refresh_networks.setEnabled(False)
        self._phones_timer.start()
        self._update_phones()

    def _resume_earlier_session(self, address: str) -> int:
        """After a restart the same day, same workshop and network: the same code and port,
        so that the phones already in the room carry on (the page joins again by itself)."""
        try:
            earlier = json.loads(str(QSettings().value(SESSION_KEY, "") or "{}"))
        except ValueError:
            return 0
        if earlier.get("key") != self._session_key(address):
            return 0
        code = str(earlier.get("code", ""))
        if len(code) >= 6 and set(code) <= set(CODE_ALPHABET):
            self.service.session.code = code
        return int(earlier.get("port", 0))

    def _remember_session(self, address: str) -> None:
        value = {
            "key": self._session_key(address),
            "code": self.service.session.code,
            "port": self.server.port,
        }
        settings = QSettings()
        settings.setValue(SESSION_KEY, json.dumps(value))
        keep_settings_private(settings)  # the access code: no one else reads it

    def _session_key(self, address: str) -> str:
        return f"{self.context.store.path}|{self.context.current_workshop_id}|{address}|" + (
            dt.date.today().isoformat()
        )

    def _show_stopped(self) -> None:
        self.switch.setText(self.tr("Ouvrir la participation"))
        self.qr.clear()
        self.qr.hide()
        self.big_qr.hide()
        self.address.hide()
        self.network.setEnabled(True)
        self._refresh_networks.setEnabled(True)
        self.status.setText(
            self.tr("Rien n'est ouvert sur le réseau tant que la participation est arrêtée.")
        )
        self._phones_timer.stop()
        self.phones.clear()

    def _short_address(self) -> str:
        host = self.server.url.split("/")[2]
        return self.tr("%1\ncode : %2").replace("%1", host).replace("%2", self.service.session.code)

    def _show_big_qr(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Participez depuis votre téléphone"))
        layout = QVBoxLayout(dialog)
        heading = QLabel(self.tr("Participez depuis votre téléphone : scannez le QR code"))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading_font = QFont(heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 2.5)
        heading.setFont(heading_font)
        layout.addWidget(heading)
        code = QLabel()
        code.setPixmap(qr_pixmap(self.server.url, scale=16))
        code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(self._short_address())
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(text.font())
        font.setPointSizeF(font.pointSizeF() * 2.5)
        font.setBold(True)
        text.setFont(font)
        layout.addWidget(code, 1)
        layout.addWidget(text)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.showMaximized()

    def _update_phones(self) -> None:
        count = self.service.session.phones_connected()
        self.phones.setText(self.tr("Téléphones connectés : %1").replace("%1", str(count)))

    # ---- networks and zones ----------------------------------------------------------------

    def _fill_networks(self) -> None:
        self.network.clear()
        for choice in available_networks():
            self.network.addItem(choice.label, choice.address)

    def _on_context_data_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(Area.BOARD, Area.WORKSHOPS, Area.CURRENT_WORKSHOP, Area.FILE):
            self._fill_zones()
        if changes.touches(Area.WORKSHOPS, Area.CURRENT_WORKSHOP, Area.FILE):
            self._show_anonymous()
        # An acceptance undone (or redone) puts its item back in the inbox (or takes it out).
        if (
            changes.touches(Area.BOARD, Area.COMMITMENTS, Area.CURRENT_WORKSHOP, Area.FILE)
            and self._inbox_signature != self.service.inbox.signature()
        ):
            self._fill_inbox()
        if changes.touches(Area.ORGANISATIONS, Area.PEOPLE, Area.FILE) and self.match_list.count():
            self._fill_matches()  # a match whose records were merged or undone goes

    def _fill_zones(self) -> None:
        workshop_id = self.context.current_workshop_id
        zones = self.context.store.board.zones.of_workshop(workshop_id) if workshop_id else []
        if [z.id for z in zones] == list(self.zone_checks) and all(
            self.zone_checks[z.id].text() == z.name for z in zones
        ):
            return
        for check in self.zone_checks.values():
            check.deleteLater()
        self.zone_checks = {}
        for zone in zones:
            check = QCheckBox(zone.name)
            check.setChecked(self.service.session.zone_open(zone.id))
            check.toggled.connect(
                lambda on, zone_id=zone.id: self.service.set_zone_open(zone_id, on)
            )
            self.zones_layout.addWidget(check)
            self.zone_checks[zone.id] = check
        self.zones_box.setVisible(bool(zones))

    # ---- moderation ------------------------------------------------------------------------

    def _fill_inbox(self) -> None:
        current = self._current_item_id()
        self.inbox.clear()
        self._inbox_signature = self.service.inbox.signature()
        for pending in self.service.inbox.items():
            item = QListWidgetItem(self._describe(pending))
            item.setData(Qt.ItemDataRole.UserRole, pending.id)
            self.inbox.addItem(item)
            if pending.id == current:
                self.inbox.setCurrentItem(item)
        if self.inbox.currentRow() < 0 and self.inbox.count():
            self.inbox.setCurrentRow(0)
        self.inbox_box.setTitle(self.tr("À modérer (%1)").replace("%1", str(self.inbox.count())))
        self._update_inbox_buttons()

    def _describe(self, pending: Pending) -> str:
        store = self.context.store
        request = pending.request
        author = str(pending.author)
        if isinstance(request, CardRequest) and self.anonymous.isChecked():
            author = self.tr("Anonyme")  # the card will carry no name: nor does its item
        said = self.tr("{author} : {text}").format(author=author, text=pending.text)
        if isinstance(request, CardRequest):
            zones = store.board.zones.find("id = ?", [request.zone_id])
            where = zones[0].name if zones else ""
            kind = self.tr("Contribution · %1").replace("%1", where)
        else:
            alliances = store.alliances.find("id = ?", [request.alliance_id])
            name = alliances[0].name if alliances else ""
            kind = self.tr("Engagement · %1").replace("%1", name)
            lang = current_lang()
            details = [request.resource_kind.label(lang)]
            if request.quantity is not None:
                unit = request.unit or RESOURCE_UNITS[request.resource_kind][0]
                details.append(f"{format_quantity(request.quantity)} {unit_in(unit, lang)}")
            if request.due_date is not None:
                details.append(request.due_date.strftime("%d/%m/%Y"))
            return f"{kind}\n{said}\n({', '.join(details)})"
        return f"{kind}\n{said}"

    def _current_item_id(self) -> int | None:
        item = self.inbox.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _update_inbox_buttons(self) -> None:
        has_item = self._current_item_id() is not None
        for button in (self.accept_button, self.edit_button, self.reject_button):
            button.setEnabled(has_item)

    def _accept(self) -> None:
        item_id = self._current_item_id()
        if item_id is None:
            return
        try:
            self.service.accept(item_id)
        except (CatalyseError, LiveError) as error:
            message = str(error) if isinstance(error, CatalyseError) else ""
            QMessageBox.warning(
                self,
                self.tr("Accepter la contribution"),
                message or self.tr("Cette contribution ne peut plus être acceptée."),
            )

    def _reject(self) -> None:
        item_id = self._current_item_id()
        if item_id is not None:
            self.service.reject(item_id)

    def _edit(self) -> None:
        item_id = self._current_item_id()
        pending = self.service.session.inbox.get(item_id) if item_id is not None else None
        if pending is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Modifier la contribution"),
            self.tr("Anonyme")
            if pending.is_card and self.anonymous.isChecked()
            else str(pending.author),
            pending.text,
        )
        if not ok:
            return
        try:
            self.service.edit(pending.id, text)
        except LiveError:
            QMessageBox.warning(
                self,
                self.tr("Modifier la contribution"),
                self.tr("Le texte est vide ou trop long."),
            )

    # ---- matches to confirm ----------------------------------------------------------------

    def _fill_matches(self) -> None:
        current = self._current_match()
        current_id = current.id if current else None
        self.match_list.clear()
        for match in self.service.matches():
            item = QListWidgetItem(self._describe_match(match))
            item.setData(Qt.ItemDataRole.UserRole, match.id)
            self.match_list.addItem(item)
            if match.id == current_id:
                self.match_list.setCurrentItem(item)
        if self.match_list.currentRow() < 0 and self.match_list.count():
            self.match_list.setCurrentRow(0)
        count = self.match_list.count()
        self.matches_box.setTitle(
            self.tr("Correspondances à confirmer (%1)").replace("%1", str(count))
        )
        self.matches_box.setVisible(count > 0)
        self._update_match_buttons()

    def _describe_match(self, match: Match) -> str:
        store = self.context.store
        if match.kind is MatchKind.PERSON:
            phone = store.people.get(PersonId(match.phone_id))
            candidate = store.people.get(PersonId(match.candidate_id))
            return (
                self.tr("%1, inscrit·e depuis un téléphone\nest-ce %2 ?")
                .replace("%1", person_label(store, phone))
                .replace("%2", person_label(store, candidate))
            )
        added = store.organisations.get(OrganisationId(match.phone_id))
        existing = store.organisations.get(OrganisationId(match.candidate_id))
        return (
            self.tr("Organisation « %1 », ajoutée depuis un téléphone\nest-ce « %2 » ?")
            .replace("%1", added.name)
            .replace("%2", existing.name)
        )

    def _current_match(self) -> Match | None:
        item = self.match_list.currentItem()
        if item is None:
            return None
        return self.service.session.matches.get(int(item.data(Qt.ItemDataRole.UserRole)))

    def _update_match_buttons(self) -> None:
        match = self._current_match()
        store = self.context.store
        for button in (self.confirm_match_button, self.dismiss_match_button):
            button.setEnabled(match is not None)
        if match is None:
            self.confirm_match_button.setText(self.tr("C'est bien…"))
            return
        if match.kind is MatchKind.PERSON:
            candidate = store.people.get(PersonId(match.candidate_id))
            name = " ".join(p for p in (candidate.first_name, candidate.last_name) if p)
            self.dismiss_match_button.setText(self.tr("Nouvelle personne"))
        else:
            name = store.organisations.get(OrganisationId(match.candidate_id)).name
            self.dismiss_match_button.setText(self.tr("Nouvelle organisation"))
        text = self.tr("C'est bien %1").replace("%1", name)
        self.confirm_match_button.setToolTip(plain_tooltip(text))
        self.confirm_match_button.setAccessibleName(text)
        width = max(120, self.match_list.viewport().width() - 24)
        shown = self.confirm_match_button.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, width
        )
        self.confirm_match_button.setText(no_mnemonic(shown))

    def _confirm_match(self) -> None:
        match = self._current_match()
        if match is None:
            return
        try:
            self.service.confirm_match(match.id)
        except CatalyseError as error:
            QMessageBox.warning(self, self.tr("Correspondances à confirmer"), str(error))

    def _dismiss_match(self) -> None:
        match = self._current_match()
        if match is not None:
            self.service.dismiss_match(match.id)
