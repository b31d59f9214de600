"""Offers and needs: who brings what another seeks, as a list and in large type for the room.

The list ranks the matches (shared SDGs first, then attendance at the workshop), filters them by
resource kind, SDG and attendance, and turns the chosen one into an alliance draft with its two
partners (Enter: one undoable step). The wall shows the same matches in large type for the
projector: arrows move, Enter allies, Ctrl + / Ctrl - size the type, Escape goes back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.alliances.editor import shrinkable
from ui.alliances.models import tidy_table
from ui.context import AppContext
from ui.i18n import current_lang
from ui.refresh import Refresher
from ui.widgets.plain_text import plain_tooltip
from ui.widgets.record_table import Column, RecordTableModel
from workshop.domain.changes import Area, Changes
from workshop.domain.matching import Match, Presence, find_matches
from workshop.domain.records import AllianceId, OrganisationId
from workshop.domain.sdg import all_sdgs
from workshop.domain.vocabulary import ResourceKind
from workshop.errors import CatalyseError
from workshop.ops import matching as ops
from workshop.queries.matching import OfferMatches, RankedMatches, offer_matches

Index = QModelIndex | QPersistentModelIndex
Pair = tuple[OrganisationId, OrganisationId]
CHOSEN_BLOCK = "#offerBlock { border: 4px solid #E65100; border-radius: 8px; background: #FFF8E1; }"
OTHER_BLOCK = "#offerBlock { border: 1px solid #90A4AE; border-radius: 8px; background: #FAFAFA; }"
WALL_BLOCKS = 40  # matches drawn on the wall at most (the best; the list holds them all)
AREAS = frozenset(
    {
        Area.ORGANISATIONS,
        Area.PEOPLE,
        Area.ATTENDANCE,
        Area.BOARD,
        Area.ALLIANCES,
        Area.WORKSHOPS,
        Area.CURRENT_WORKSHOP,
    }
)


def kinds_text(match: Match) -> str:
    return ", ".join(kind.label(current_lang()) for kind in match.kinds)


def sdgs_text(match: Match) -> str:
    return ", ".join(str(n) for n in match.shared_sdgs)


def presence_text(match: Match) -> str:
    """Who of the two is at the workshop, in words (not by colour alone)."""
    levels = sorted((match.giver.presence, match.seeker.presence), reverse=True)
    if levels[1] is Presence.PRESENT:
        return QCoreApplication.translate("OffersPanel", "Toutes deux présentes")
    if levels[0] is Presence.PRESENT:
        return QCoreApplication.translate("OffersPanel", "Une présente")
    if levels[1] is Presence.REGISTERED:
        return QCoreApplication.translate("OffersPanel", "Toutes deux inscrites")
    if levels[0] is Presence.REGISTERED:
        return QCoreApplication.translate("OffersPanel", "Une inscrite")
    return ""


def mutual_kinds(match: Match) -> tuple[ResourceKind, ...]:
    """What the seeker brings back that the giver seeks."""
    return tuple(k for k in match.seeker.offers if k in match.giver.needs)


def match_story(match: Match) -> str:
    """The match in sentences: who brings what, who seeks it in their own words, the SDGs."""
    lang = current_lang()
    lines = [
        QCoreApplication.translate("OffersPanel", "{giver} apporte : {kinds}").format(
            giver=match.giver.name, kinds=kinds_text(match)
        )
    ]
    offered = match.offer_sayings()
    if offered:
        lines[0] += " (« " + " » · « ".join(offered) + " »)"
    said = match.need_sayings()
    lines.append(
        QCoreApplication.translate("OffersPanel", "{seeker} cherche : « {said} »").format(
            seeker=match.seeker.name, said=" » · « ".join(said)
        )
        if said
        else QCoreApplication.translate("OffersPanel", "{seeker} cherche : {kinds}").format(
            seeker=match.seeker.name, kinds=kinds_text(match)
        )
    )
    back = mutual_kinds(match)
    if back:
        lines.append(
            QCoreApplication.translate(
                "OffersPanel", "En retour, {seeker} apporte : {kinds}"
            ).format(seeker=match.seeker.name, kinds=", ".join(k.label(lang) for k in back))
        )
    if match.shared_sdgs:
        sdgs = all_sdgs()
        lines.append(
            QCoreApplication.translate("OffersPanel", "ODD en commun : {sdgs}").format(
                sdgs=" · ".join(f"{n} – {sdgs[n - 1].title(lang)}" for n in match.shared_sdgs)
            )
        )
    return "\n".join(lines)


class MatchTableModel(RecordTableModel[Match]):
    """The matches, best first: who brings, which kinds, who seeks, SDGs, attendance, alliance."""

    def __init__(self, parent: QObject | None = None) -> None:
        self.found = OfferMatches(matches=find_matches([]))
        super().__init__(
            [
                Column(self.tr("Apporte"), lambda m: m.giver.name),
                Column(self.tr("Ressources"), kinds_text),
                Column(self.tr("Cherche"), lambda m: m.seeker.name),
                Column(self.tr("ODD communs"), sdgs_text),
                Column(self.tr("À l'atelier"), presence_text),
                Column(self.tr("Alliance"), self._alliance),
            ],
            parent,
        )

    def set_matches(self, found: OfferMatches, matches: RankedMatches) -> None:
        """Show these matches (read lazily: a table asks only for the rows it paints)."""
        self.beginResetModel()
        self.found = found
        self._records = matches  # type: ignore[assignment]
        self.endResetModel()

    def _alliance(self, match: Match) -> str:
        alliance = self.found.alliance_of(match)
        return alliance.name if alliance else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            return plain_tooltip(match_story(self.record(index.row())))
        return super().data(index, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The ranking is the order (shared SDGs, then attendance): not sorted by column."""

    def row_of(self, pair: Pair) -> int:
        """The row of the match from one organisation to the other (-1 if not shown)."""
        for row in range(min(self.rowCount(), 5000)):
            match = self.record(row)
            if (match.giver.organisation_id, match.seeker.organisation_id) == pair:
                return row
        return -1


def _label(text: str, point_size: int, *, bold: bool = False, colour: str = "#111111") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont()
    font.setPointSize(point_size)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {colour};")
    return label


class OffersWall(QWidget):
    """The matches in large type for the projector, the current one framed."""

    row_chosen = Signal(int)
    ally_requested = Signal()
    closed = Signal()
    point_size = 20

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Offres et besoins en grand"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.title = _label(self.tr("Qui apporte ce que l'autre cherche"), 26, bold=True)
        self.subtitle = _label("", 15, colour="#37474F")
        self.hint = _label(
            self.tr(
                "↑ ↓ : choisir · Entrée : créer l'alliance · Ctrl + / Ctrl - : taille "
                "· Échap : liste"
            ),
            11,
            colour="#616161",
        )
        self.content = QWidget()
        self.content.setObjectName("offersWallContent")
        self.content.setStyleSheet("#offersWallContent { background: #FFFFFF; }")
        self.blocks_layout = QVBoxLayout(self.content)
        self.blocks_layout.setContentsMargins(24, 12, 24, 12)
        self.blocks_layout.setSpacing(14)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.content)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.hint)
        self.blocks: list[QFrame] = []
        self.model: MatchTableModel | None = None
        self.current = -1

    def show_matches(self, model: MatchTableModel, current: int, subtitle: str) -> None:
        """Draw the best matches of the list (as filtered) with `current` framed."""
        self.model = model
        self.subtitle.setText(subtitle)
        for block in self.blocks:
            block.hide()
            block.deleteLater()
        self.blocks = []
        while self.blocks_layout.count():
            item = self.blocks_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        count = model.rowCount()
        for row in range(min(count, WALL_BLOCKS)):
            block = self._block(model.record(row))
            self.blocks.append(block)
            self.blocks_layout.addWidget(block)
        if count > WALL_BLOCKS:
            self.blocks_layout.addWidget(
                _label(
                    self.tr("… et {count} autre(s) dans la liste").format(
                        count=count - WALL_BLOCKS
                    ),
                    self.point_size - 4,
                    colour="#616161",
                )
            )
        if not count:
            self.blocks_layout.addWidget(
                _label(self.tr("Aucune correspondance à afficher."), self.point_size)
            )
        self.blocks_layout.addStretch(1)
        self.set_current(current)

    def set_current(self, row: int) -> None:
        self.current = row if 0 <= row < len(self.blocks) else (0 if self.blocks else -1)
        for n, block in enumerate(self.blocks):
            chosen = n == self.current
            block.setStyleSheet(CHOSEN_BLOCK if chosen else OTHER_BLOCK)
        if self.current >= 0:
            self.scroll.ensureWidgetVisible(self.blocks[self.current], 0, 40)

    def _block(self, match: Match) -> QFrame:
        size = self.point_size
        lang = current_lang()
        frame = QFrame()
        frame.setObjectName("offerBlock")
        frame.setAccessibleName(f"{match.giver.name} → {match.seeker.name}")
        layout = QVBoxLayout(frame)
        layout.setSpacing(4)
        layout.addWidget(_label(f"{match.giver.name}  →  {match.seeker.name}", size + 2, bold=True))
        line = kinds_text(match)
        if match.shared_sdgs:
            line += "   ·   " + self.tr("ODD {numbers}").format(numbers=sdgs_text(match))
        back = mutual_kinds(match)
        if back:
            line += "   ·   " + self.tr("en retour : {kinds}").format(
                kinds=", ".join(k.label(lang) for k in back)
            )
        layout.addWidget(_label(line, size, bold=True, colour="#0D47A1"))
        said = match.need_sayings()
        if said:
            text = " · ".join(said)
            layout.addWidget(
                _label(
                    f"« {text[:200]}{'…' if len(text) > 200 else ''} »", size - 3, colour="#37474F"
                )
            )
        alliance = self.model.found.alliance_of(match) if self.model else None
        if alliance is not None:
            layout.addWidget(
                _label(
                    self.tr("Alliance : {name}").format(name=alliance.name),
                    size - 4,
                    colour="#2E7D32",
                )
            )
        return frame

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows and Space choose, Enter allies, Ctrl + and Ctrl - size the type, Escape leaves."""
        key = event.key()
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_PageDown) and self.blocks:
            self.row_chosen.emit(min(self.current + 1, len(self.blocks) - 1))
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_PageUp) and self.blocks:
            self.row_chosen.emit(max(self.current - 1, 0))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.ally_requested.emit()
        elif key == Qt.Key.Key_Escape:
            self.closed.emit()
        elif control and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            step = -2 if key == Qt.Key.Key_Minus else 2
            self.point_size = min(max(self.point_size + step, 10), 44)
            if self.model is not None:
                self.show_matches(self.model, self.current, self.subtitle.text())
        else:
            super().keyPressEvent(event)


class OffersPanel(QWidget):
    """The "Offres et besoins" tab: the matches listed and filtered, on the wall, allied."""

    alliance_chosen = Signal(int)  # an AllianceId: made from a match, or the one joining it

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.found: OfferMatches | None = None
        lang = current_lang()

        self.kind = QComboBox()
        self.kind.addItem(self.tr("Toutes les ressources"), None)
        for kind in ResourceKind:
            self.kind.addItem(kind.label(lang), kind.value)
        self.kind.setAccessibleName(self.tr("Filtrer par ressource"))
        self.sdg = QComboBox()
        self.sdg.addItem(self.tr("Tous les ODD"), None)
        for goal in all_sdgs():
            self.sdg.addItem(
                self.tr("ODD {number} – {title}").format(
                    number=goal.number, title=goal.title(lang)
                ),
                goal.number,
            )
        self.sdg.setAccessibleName(self.tr("Filtrer par objectif de développement durable"))
        self.at_workshop = QCheckBox(self.tr("Seulement les organisations de l'a&telier"))
        self.at_workshop.setToolTip(
            self.tr("Les deux organisations ont quelqu'un d'inscrit ou de présent à l'atelier.")
        )
        kind_label = QLabel(self.tr("&Ressource :"))
        kind_label.setBuddy(self.kind)
        sdg_label = QLabel(self.tr("O&DD :"))
        sdg_label.setBuddy(self.sdg)
        self.wall_button = QPushButton(self.tr("Afficher en &grand"))
        self.wall_button.setAccessibleName(self.tr("Afficher les correspondances en grand"))
        self.wall_button.clicked.connect(self.show_wall)
        shrinkable(self.kind, 12)  # a long resource or SDG title must not widen the window
        shrinkable(self.sdg, 14)
        filters = QHBoxLayout()
        filters.addWidget(kind_label)
        filters.addWidget(self.kind)
        filters.addWidget(sdg_label)
        filters.addWidget(self.sdg, 1)
        filters.addWidget(self.at_workshop)
        filters.addStretch(1)
        filters.addWidget(self.wall_button)

        self.model = MatchTableModel(self)
        self.table = QTableView()
        tidy_table(
            self.table, self.model, 0, self.tr("Correspondances entre offres et besoins"), (3, 4)
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, header.ResizeMode.Stretch)
        header.resizeSection(1, 230)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setAccessibleName(self.tr("Nombre de correspondances"))
        self.empty = QLabel()
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #37474F; padding: 12px;")
        self.story = QLabel()
        self.story.setTextFormat(Qt.TextFormat.PlainText)
        self.story.setWordWrap(True)
        self.story.setAccessibleName(self.tr("La correspondance choisie"))
        self.story.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.story.setMinimumHeight(self.story.fontMetrics().lineSpacing() * 4)
        self.ally_button = QPushButton(self.tr("Créer l'alliance (Entrée)"))
        self.ally_button.clicked.connect(self.ally_current)
        bottom = QHBoxLayout()
        bottom.addWidget(self.story, 1)
        bottom.addWidget(self.ally_button, 0, Qt.AlignmentFlag.AlignTop)

        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(4, 4, 4, 4)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.count)
        list_layout.addWidget(self.empty)
        list_layout.addWidget(self.table, 1)
        list_layout.addLayout(bottom)
        self.list_page = list_page
        self.wall = OffersWall()
        self.wall.row_chosen.connect(self._on_wall_row_chosen)
        self.wall.ally_requested.connect(self.ally_current)
        self.wall.closed.connect(self.show_list)
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.wall)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.kind.currentIndexChanged.connect(self._on_filter_changed)
        self.sdg.currentIndexChanged.connect(self._on_filter_changed)
        self.at_workshop.toggled.connect(self._on_filter_changed)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), list_page)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.table.setFocus)
        self.setFocusProxy(self.table)
        self.refresher = Refresher(context, self, AREAS, self._on_data_changed)
        self.refresh()

    # -- reading --------------------------------------------------------------------------
    def chosen_kind(self) -> ResourceKind | None:
        """The resource kind the filter keeps (None: every kind)."""
        value = self.kind.currentData()
        return ResourceKind(value) if value else None

    def current_match(self) -> Match | None:
        row = self.table.currentIndex().row()
        return self.model.record(row) if 0 <= row < self.model.rowCount() else None

    def refresh(self) -> None:
        """Read the matches again, keeping the chosen one if it is still there."""
        self.found = offer_matches(self.context.store, self.context.current_workshop_id)
        self._show(self._pair(self.current_match()))

    def _pair(self, match: Match | None) -> Pair | None:
        return (match.giver.organisation_id, match.seeker.organisation_id) if match else None

    def _show(self, pair: Pair | None) -> None:
        found = self.found
        assert found is not None
        shown = found.matches.filtered(
            self.chosen_kind(),
            self.sdg.currentData(),
            at_workshop=self.at_workshop.isChecked(),
        )
        self.model.set_matches(found, shown)
        self.count.setText(
            self.tr(
                "{shown} correspondance(s) sur {total} · {orgs} organisation(s) apportent "
                "ou cherchent"
            ).format(shown=len(shown), total=len(found.matches), orgs=len(found.stances))
        )
        if not found.matches:
            self.empty.setText(
                self.tr(
                    "Aucune correspondance pour l'instant. Dans la fiche de chaque organisation "
                    "(Parties prenantes), cochez ce qu'elle peut apporter et écrivez ses besoins "
                    "(« des bénévoles », « un local »…) ; ou posez ses cartes dans une zone "
                    "« Ce que j'apporte » ou « Ce que je cherche » du tableau."
                )
            )
        elif not len(shown):
            self.empty.setText(self.tr("Aucune correspondance avec ces filtres."))
        self.empty.setVisible(not len(shown))
        row = self.model.row_of(pair) if pair else -1
        if row < 0 and len(shown):
            row = 0
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self._on_table_current_changed()
        if self.stack.currentWidget() is self.wall:
            self._show_wall_matches()

    def _on_filter_changed(self, *_args: object) -> None:
        if self.found is not None:
            self._show(self._pair(self.current_match()))

    def _on_table_current_changed(self, *_args: object) -> None:
        match = self.current_match()
        self.story.setText(match_story(match) if match else "")
        alliance = self.found.alliance_of(match) if match and self.found else None
        self.ally_button.setText(
            self.tr("Voir l'alliance (Entrée)")
            if alliance
            else self.tr("Créer l'alliance (Entrée)")
        )
        self.ally_button.setEnabled(
            match is not None and self.context.current_workshop_id is not None
        )

    def _on_table_activated(self, _index: object) -> None:
        self.ally_current()

    def _on_data_changed(self, changes: Changes, _initiator: object) -> None:
        self.refresh()

    # -- the wall -------------------------------------------------------------------------
    def _subtitle(self) -> str:
        workshop_id = self.context.current_workshop_id
        workshop = self.context.store.workshops.get(workshop_id) if workshop_id else None
        parts = [workshop.title] if workshop else []
        parts += [self.kind.currentText(), self.sdg.currentText()]
        if self.at_workshop.isChecked():
            parts.append(self.tr("organisations de l'atelier"))
        return " · ".join(parts)

    def _show_wall_matches(self) -> None:
        self.wall.show_matches(self.model, self.table.currentIndex().row(), self._subtitle())

    def show_wall(self) -> None:
        """The matches in large type for the projector (Escape comes back to the list)."""
        self.stack.setCurrentWidget(self.wall)
        self._show_wall_matches()
        self.wall.setFocus()

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_page)
        self.table.setFocus()

    def _on_wall_row_chosen(self, row: int) -> None:
        self.table.selectRow(row)
        self.wall.set_current(row)

    # -- allying --------------------------------------------------------------------------
    def ally_current(self) -> None:
        """Turn the chosen match into an alliance draft with both partners (one undo), or
        show the alliance that already joins them."""
        match = self.current_match()
        workshop_id = self.context.current_workshop_id
        if match is None or workshop_id is None or self.found is None:
            return
        existing = self.found.alliance_of(match)
        if existing is not None:
            self.alliance_chosen.emit(existing.id)
            return
        lang = current_lang()
        try:
            alliance = self.context.apply(
                self.tr("Créer l'alliance {giver} – {seeker}").format(
                    giver=match.giver.name, seeker=match.seeker.name
                ),
                lambda store: ops.ally_match(
                    store,
                    workshop_id,
                    match.giver.organisation_id,
                    match.seeker.organisation_id,
                    match.kinds,
                    match.need_sayings(),
                    lang=lang,
                ),
                initiator=self,
            )
        except CatalyseError as error:
            QMessageBox.warning(self, self.tr("Alliance impossible"), str(error))
            return
        self.alliance_chosen.emit(AllianceId(alliance.id))
