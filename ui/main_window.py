"""The main window: navigation between the screens, workshop picker, menus, recent files."""

from __future__ import annotations

import contextlib
import importlib
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QScrollArea,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from ui.backups.auto import AutoBackup
from ui.context import AppContext
from ui.i18n import LANGUAGE_KEY, current_lang
from ui.icons import icon
from ui.live.dock import LiveDock
from ui.widgets.plain_text import no_mnemonic
from workshop.domain.changes import Area, Changes
from workshop.domain.records import AllianceId, Workshop, WorkshopId
from workshop.errors import CatalyseError
from workshop.storage.store import Store

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from ui.help.shortcuts import ShortcutGroup

# File and message dialogs are imported where used: each PySide class imported costs start-up.

RECENT_FILES_KEY = "files/recent"
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
MAX_RECENT_FILES = 8
SMALL_SCREEN_WIDTH = 1600  # below this, the first window takes the whole screen
DATABASE_FILTER = "Catalyse (*.sqlite *.db);;* (*)"

# name, module, class, icon: the screens in navigation order (Ctrl+1…Ctrl+7).
SCREENS: tuple[tuple[str, str, str], ...] = (
    ("workshops", "ui.workshops.screen", "WorkshopsScreen"),
    ("stakeholders", "ui.stakeholders.screen", "StakeholdersScreen"),
    ("board", "ui.board.screen", "BoardScreen"),
    ("alliances", "ui.alliances.screen", "AlliancesScreen"),
    ("report", "ui.report.view", "ReportScreen"),
    ("methods", "ui.methods.screen", "MethodsScreen"),
    ("territory", "ui.territory.screen", "TerritoryScreen"),
)


def recent_files(settings: QSettings | None = None) -> list[Path]:
    """The recently opened databases that still exist, most recent first."""
    stored = (settings or QSettings()).value(RECENT_FILES_KEY, []) or []
    values = [stored] if isinstance(stored, str) else stored if isinstance(stored, list) else []
    paths = [Path(str(p)) for p in values]
    return [p for p in paths if p.is_file()][:MAX_RECENT_FILES]


def remember_recent_file(path: Path, settings: QSettings | None = None) -> list[Path]:
    """Put a file at the top of the recent files (missing ones dropped, at most 8 kept)."""
    settings = settings or QSettings()
    path = path.resolve()
    paths = [path, *(p for p in recent_files(settings) if p.resolve() != path)]
    paths = paths[:MAX_RECENT_FILES]
    settings.setValue(RECENT_FILES_KEY, [str(p) for p in paths])
    return paths


AUTOBACKUP_DELAY_MS = 1500


class ScreenFrame(QScrollArea):
    """Holds one screen so that its minimum width never widens the window.

    A top-level window grows to the minimum size of its layout: a screen wider than the room
    beside the navigation and the docks would push the window past the display. Inside a
    frame it scrolls instead (each screen is meant to fit at 1366 px, a test checks it).
    """

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the screen's own widgets take Tab
        self.setWidget(content)

    def content(self) -> QWidget:
        widget = self.widget()
        assert widget is not None
        return widget

    def needs_scrolling(self) -> bool:
        """Whether the screen is wider than the room it has (a horizontal scroll bar shows)."""
        return self.content().minimumSizeHint().width() > self.viewport().width()


class MainWindow(QMainWindow):
    """The facilitator's window: one screen at a time, chosen in the left navigation.

    Screens are built the first time they are shown, so that the window opens fast.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("MainWindow")
        self.setWindowIcon(icon("catalyse"))
        self._screens: dict[str, QWidget] = {}
        self._labels = self._screen_labels()

        self._navigation = QListWidget()
        self._navigation.setObjectName("navigation")
        self._navigation.setAccessibleName(self.tr("Navigation entre les écrans"))
        self._navigation.setIconSize(QSize(24, 24))
        self._navigation.setSpacing(2)
        self._navigation.setStyleSheet(
            "QListWidget#navigation { border: none; background: #EEF2F5; padding-top: 8px;"
            " font-size: 11pt; color: #263238; outline: 0; }"
            "QListWidget#navigation::item { padding: 8px 6px; border-radius: 6px; }"
            "QListWidget#navigation::item:hover { background: #E0E8EE; }"
            "QListWidget#navigation::item:selected { background: #CFE0F0; color: #0B2239;"
            " font-weight: 600; }"
        )
        self._stack = QStackedWidget()
        for position, (name, _module, _cls) in enumerate(SCREENS):
            item = QListWidgetItem(icon(name), self._labels[name])
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(f"{self._labels[name]} (Ctrl+{position + 1})")
            self._navigation.addItem(item)
            placeholder = QLabel()  # replaced by the screen when first shown
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            placeholder.setWordWrap(True)
            placeholder.setTextFormat(Qt.TextFormat.PlainText)
            self._stack.addWidget(ScreenFrame(placeholder))
        self._navigation.setFixedWidth(self._navigation_width())
        self._navigation.currentRowChanged.connect(self._on_navigation_current_row_changed)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._navigation)
        layout.addWidget(self._stack, 1)
        self.setCentralWidget(central)

        self._workshop_combo = QComboBox()
        self._workshop_combo.setObjectName("current_workshop")
        self._workshop_combo.setAccessibleName(self.tr("Atelier courant"))
        self._workshop_combo.setMinimumContentsLength(44)
        self._workshop_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._workshop_combo.activated.connect(self._on_workshop_combo_activated)

        self.autobackup = AutoBackup(context, self)
        self.autobackup.backup_failed.connect(self._on_autobackup_backup_failed)
        QTimer.singleShot(AUTOBACKUP_DELAY_MS, self.autobackup.start)  # after the first paint
        self.live_dock = LiveDock(context, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.live_dock)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._file_label = QLabel()
        self._file_label.setTextFormat(Qt.TextFormat.PlainText)
        self._file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self._file_label)

        context.data_changed.connect(self._on_context_data_changed)

        remember_recent_file(context.store.path)
        self._fill_recent_menu()
        self._fill_workshop_combo()
        self._update_title()
        self._restore_geometry()
        self.show_screen("workshops")

    # -- screens ----------------------------------------------------------------------------
    def _screen_labels(self) -> dict[str, str]:
        return {
            "workshops": self.tr("Ateliers"),
            "stakeholders": self.tr("Acteurs"),
            "board": self.tr("Tableau"),
            "alliances": self.tr("Alliances"),
            "report": self.tr("Rapport"),
            "methods": self.tr("Méthodes"),
            "territory": self.tr("Territoire"),
        }

    def _navigation_width(self) -> int:
        """As wide as the longest screen name needs, and no wider (the screens get the room)."""
        self._navigation.ensurePolished()  # the style sheet sets the font
        metrics = self._navigation.fontMetrics()
        widest = max(metrics.horizontalAdvance(label) for label in self._labels.values())
        icon_and_padding = 24 + 2 * 6 + 2 * 8 + 16  # icon, item padding, gaps, frame
        return max(128, min(220, widest + icon_and_padding))

    def show_screen(self, name: str) -> QWidget:
        """Show a screen by name (building it the first time) and return it."""
        row = [n for n, _m, _c in SCREENS].index(name)
        if self._navigation.currentRow() != row:
            self._navigation.setCurrentRow(row)  # calls back _on_navigation_current_row_changed
        return self.screen_named(name)

    def screen_named(self, name: str) -> QWidget:
        """The screen of that name, built on first use.

        A screen that fails to build leaves a message in its place (and the details on
        stderr) instead of taking the window down; it is tried again next time.
        """
        if name in self._screens:
            return self._screens[name]
        row, (_n, module_name, class_name) = next(
            (i, s) for i, s in enumerate(SCREENS) if s[0] == name
        )
        frame = self._stack.widget(row)
        assert isinstance(frame, ScreenFrame)
        placeholder = frame.content()
        try:
            screen_class = getattr(importlib.import_module(module_name), class_name)
            screen: QWidget = screen_class(self.context)
        except Exception as error:
            traceback.print_exc()
            if isinstance(placeholder, QLabel):
                placeholder.setText(
                    self.tr("L'écran « {name} » n'a pas pu s'ouvrir : {error}").format(
                        name=self._labels[name], error=error
                    )
                )
            return placeholder
        screen.setAccessibleName(self._labels[name])
        if name == "board" and hasattr(screen, "alliance_requested"):
            screen.alliance_requested.connect(self.open_alliance)  # a card's alliance marker
        frame.setWidget(screen)  # deletes the placeholder
        self._screens[name] = screen
        self._add_screen_menu(name, screen)
        return screen

    def open_alliance(self, alliance_id: int) -> None:
        """Show an alliance on the Alliances screen (asked from a card that became one)."""
        screen = self.show_screen("alliances")
        show = getattr(screen, "show_alliance", None)
        if show is not None:
            show(AllianceId(alliance_id))

    def screen_frame(self, name: str) -> ScreenFrame:
        """The frame holding a screen (it scrolls if the screen is wider than its room)."""
        row = [n for n, _m, _c in SCREENS].index(name)
        frame = self._stack.widget(row)
        assert isinstance(frame, ScreenFrame)
        return frame

    def current_screen(self) -> QWidget:
        """The screen shown now."""
        return self.screen_frame(self.current_screen_name()).content()

    def current_screen_name(self) -> str:
        return SCREENS[self._navigation.currentRow()][0]

    def _on_navigation_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        name = SCREENS[row][0]
        screen = self.screen_named(name)
        self._stack.setCurrentIndex(row)
        self._screen_actions[row].setChecked(True)
        # The screen's own keys (its menu's shortcuts) work when the focus is in it.
        QTimer.singleShot(0, self, lambda: self._focus_into(screen))

    def _focus_into(self, screen: QWidget) -> None:
        """Give the focus to the screen's first field, unless it already holds the focus."""
        focused = QApplication.focusWidget()
        if not screen.isVisible() or (focused is not None and screen.isAncestorOf(focused)):
            return
        candidate = screen.nextInFocusChain()
        while candidate is not None and candidate is not screen:
            if (
                screen.isAncestorOf(candidate)
                and candidate.isVisible()
                and candidate.isEnabled()
                and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                candidate.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            candidate = candidate.nextInFocusChain()

    def _add_screen_menu(self, name: str, screen: QWidget) -> None:
        """A menu named after the screen holding the actions it exposes, if any."""
        actions = [a for a in screen.actions() if a.text()]
        if not actions:
            return
        menu = QMenu(self._labels[name], self)
        menu.addActions(actions)
        self.menuBar().insertMenu(self._help_menu.menuAction(), menu)

    # -- actions and menus ------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.new_file_action = QAction(icon("file-new"), self.tr("&Nouveau fichier…"), self)
        self.new_file_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_file_action.triggered.connect(self.new_file)
        self.new_workshop_action = QAction(icon("add"), self.tr("Nouvel &atelier"), self)
        self.new_workshop_action.setShortcut(QKeySequence("Ctrl+Alt+N"))
        self.new_workshop_action.setStatusTip(self.tr("Préparer un nouvel atelier dans ce fichier"))
        self.new_workshop_action.triggered.connect(self.new_workshop)
        self.open_file_action = QAction(icon("file-open"), self.tr("&Ouvrir…"), self)
        self.open_file_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_file_action.triggered.connect(self.open_file)
        self.share_export_action = QAction(self.tr("E&xporter l'atelier (.catalyse)…"), self)
        self.share_export_action.setStatusTip(
            self.tr("Un fichier pour passer l'atelier à un autre catalyseur (sans coordonnées)")
        )
        self.share_export_action.triggered.connect(self.export_workshop)
        self.share_import_action = QAction(self.tr("&Importer un atelier (.catalyse)…"), self)
        self.share_import_action.triggered.connect(self.import_workshop)
        self.backups_action = QAction(self.tr("Restaurer une &sauvegarde…"), self)
        self.backups_action.triggered.connect(self.show_backups)
        self.quit_action = QAction(self.tr("&Quitter"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        stack = self.context.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Annuler"))
        self.undo_action.setIcon(icon("undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("&Rétablir"))
        self.redo_action.setIcon(icon("redo"))
        self.redo_action.setShortcuts(
            [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")]
        )
        # The stack names the action ("Annuler Importer Fabre & Fils.csv"): a name's "&" shows
        # as itself, not as an underline taking a shortcut.
        stack.undoTextChanged.connect(self._on_undo_stack_undo_text_changed)
        stack.redoTextChanged.connect(self._on_undo_stack_redo_text_changed)

        self._screen_group = QActionGroup(self)
        self._screen_actions: list[QAction] = []
        for position, (name, _m, _c) in enumerate(SCREENS):
            action = QAction(icon(name), self._labels[name], self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{position + 1}"))
            action.triggered.connect(lambda _checked=False, n=name: self.show_screen(n))
            self._screen_group.addAction(action)
            self._screen_actions.append(action)

        self._language_group = QActionGroup(self)
        self._language_actions: dict[str, QAction] = {}
        chosen = str(QSettings().value(LANGUAGE_KEY, "") or "")
        for code, label in (
            ("fr", self.tr("Français")),
            ("en", self.tr("English")),
            ("", self.tr("Langue du système")),
        ):
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self._language_group.addAction(action)
            self._language_actions[code] = action

        self.guide_action = QAction(self.tr("&Guide d'une journée d'atelier"), self)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.show_guide)
        self.shortcuts_action = QAction(self.tr("&Raccourcis clavier"), self)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction(self.tr("À &propos de Catalyse"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Fichier"))
        file_menu.addAction(self.new_workshop_action)
        file_menu.addSeparator()
        file_menu.addAction(self.new_file_action)
        file_menu.addAction(self.open_file_action)
        self.recent_menu = file_menu.addMenu(self.tr("Fichiers &récents"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.share_export_action)
        file_menu.addAction(self.share_import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backups_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Édition"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        view_menu = bar.addMenu(self.tr("&Affichage"))
        view_menu.addActions(self._screen_actions)
        view_menu.addSeparator()
        view_menu.addAction(self.live_dock.toggleViewAction())
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Langue de l'interface"))
        language_menu.addActions(list(self._language_actions.values()))

        self._help_menu = bar.addMenu(self.tr("Aid&e"))
        self._help_menu.addAction(self.guide_action)
        self._help_menu.addAction(self.shortcuts_action)
        self._help_menu.addSeparator()
        self._help_menu.addAction(self.about_action)
        self._fill_recent_menu()

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Barre d'outils principale"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        toolbar.addAction(self.open_file_action)
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        live_action = self.live_dock.toggleViewAction()
        live_action.setIcon(icon("live"))
        toolbar.addAction(live_action)
        toolbar.addSeparator()
        label = QLabel(self.tr("Atelier &courant :"))
        label.setBuddy(self._workshop_combo)
        label.setContentsMargins(6, 0, 6, 0)
        toolbar.addWidget(label)
        toolbar.addWidget(self._workshop_combo)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def _on_undo_stack_undo_text_changed(self, text: str) -> None:
        with contextlib.suppress(RuntimeError):  # the window is being destroyed
            self.undo_action.setText(f"{self.tr('&Annuler')} {no_mnemonic(text)}".strip())

    def _on_undo_stack_redo_text_changed(self, text: str) -> None:
        with contextlib.suppress(RuntimeError):  # the window is being destroyed
            self.redo_action.setText(f"{self.tr('&Rétablir')} {no_mnemonic(text)}".strip())

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = recent_files()
        for index, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(f"&{index} {no_mnemonic(path.name)}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(paths))

    # -- files ------------------------------------------------------------------------------
    def new_workshop(self) -> None:
        """File > Nouvel atelier: the workshops screen's own "new" form, its title field focused."""
        screen = self.show_screen("workshops")
        start_new = getattr(screen, "start_new", None)
        if callable(start_new):
            start_new()

    def new_file(self) -> None:
        """Create an empty database in a file the user names, and switch to it."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Nouveau fichier Catalyse"),
            str(self.context.store.path.parent / self.tr("ateliers.sqlite")),
            DATABASE_FILTER,
        )
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".sqlite")
        if path.exists() and path.stat().st_size > 0:
            QMessageBox.warning(
                self,
                self.tr("Nouveau fichier"),
                self.tr(
                    "Le fichier « {name} » existe déjà : Catalyse ne l'écrase pas. "
                    "Ouvrez-le avec Fichier > Ouvrir, ou choisissez un autre nom."
                ).format(name=path.name),
            )
            return
        self.open_path(path)

    def open_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Ouvrir une base Catalyse"),
            str(self.context.store.path.parent),
            DATABASE_FILTER,
        )
        if chosen:
            self.open_path(Path(chosen))

    def open_path(self, path: Path) -> bool:
        """Switch to another database file; a refused file is explained and nothing changes."""
        if path.resolve() == self.context.store.path.resolve():
            return True
        try:
            store = Store.open(path, lang=current_lang())
        except CatalyseError as error:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                self,
                self.tr("Impossible d'ouvrir le fichier"),
                self.tr("Le fichier « {name} » ne peut pas être ouvert.\n\n{reason}").format(
                    name=path.name, reason=error
                ),
            )
            return False
        self.context.replace_store(store)
        remember_recent_file(path)
        self._fill_recent_menu()
        return True

    # -- workshop picker and title ----------------------------------------------------------
    def _fill_workshop_combo(self) -> None:
        combo = self._workshop_combo
        combo.blockSignals(True)
        combo.clear()
        workshops = self.context.store.workshops.all()
        for workshop in workshops:
            combo.addItem(workshop_label(workshop), workshop.id)
        combo.setEnabled(bool(workshops))
        if not workshops:
            combo.addItem(self.tr("Aucun atelier : créez-en un"), None)
        current = self.context.current_workshop_id
        ids = [w.id for w in workshops]
        if current not in ids:
            combo.blockSignals(False)
            self.context.set_current_workshop(ids[0] if ids else None)
            return
        combo.setCurrentIndex(ids.index(current))
        combo.blockSignals(False)

    def _on_workshop_combo_activated(self, index: int) -> None:
        workshop_id = self._workshop_combo.itemData(index)
        if workshop_id is not None:
            self.context.set_current_workshop(WorkshopId(int(workshop_id)))

    def _on_context_data_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(Area.WORKSHOPS, Area.CURRENT_WORKSHOP, Area.FILE):
            self._fill_workshop_combo()
            self._update_title()

    def current_workshop(self) -> Workshop | None:
        workshop_id = self.context.current_workshop_id
        if workshop_id is None:
            return None
        try:
            return self.context.store.workshops.get(workshop_id)
        except CatalyseError:
            return None

    def _update_title(self) -> None:
        workshop = self.current_workshop()
        path = self.context.store.path
        parts = ["Catalyse"]
        if workshop is not None:
            parts.append(workshop.title)
        parts.append(path.name)
        self.setWindowTitle(" — ".join(parts))
        self.setWindowFilePath(str(path))
        self._file_label.setText(self.tr("Fichier : {path}").format(path=path))

    # -- language, about --------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        """Remember the interface language; it applies at the next start."""
        from PySide6.QtWidgets import QMessageBox

        QSettings().setValue(LANGUAGE_KEY, code)
        self._language_actions[code].setChecked(True)
        QMessageBox.information(
            self,
            self.tr("Langue de l'interface"),
            self.tr("La nouvelle langue s'appliquera au prochain démarrage de Catalyse."),
        )

    def export_workshop(self) -> None:
        """File > Exporter l'atelier: the current workshop as a bundle for another catalyst."""
        from ui.sharing import export_workshop

        written = export_workshop(self.context, self)
        if written is not None:
            self.statusBar().showMessage(
                self.tr("Atelier exporté dans {path}").format(path=written), 10000
            )

    def import_workshop(self) -> None:
        """File > Importer un atelier: a bundle previewed, then merged (one undo)."""
        from ui.sharing import import_workshop

        self.share_dialog = import_workshop(self.context, self)

    def show_backups(self) -> None:
        """File > Restaurer une sauvegarde: the backups of this file, with their contents."""
        from ui.backups.dialog import BackupsDialog

        BackupsDialog(self.context, self).exec()

    def _on_autobackup_backup_failed(self, message: str) -> None:
        self.statusBar().showMessage(
            self.tr("La sauvegarde automatique a échoué : {message}").format(message=message),
            15000,
        )

    def show_guide(self) -> None:
        """Help > Guide: a workshop day step by step, in the interface language, offline."""
        from ui.help.guide import GuideDialog

        GuideDialog(self).exec()

    def shortcut_groups(self) -> list[ShortcutGroup]:
        """Every shortcut by menu, then by screen (each screen is built to read its own)."""
        from ui.help.shortcuts import shortcut_groups

        screens = [(self._labels[name], self.screen_named(name)) for name, _m, _c in SCREENS]
        screens.append((self.live_dock.windowTitle(), self.live_dock))
        return shortcut_groups(self.menuBar(), screens)

    def show_shortcuts(self) -> None:
        """Help > Raccourcis clavier: the list generated from the actions, so it stays true."""
        from ui.help.shortcuts import ShortcutsDialog

        ShortcutsDialog(self.shortcut_groups(), self).exec()

    def show_about(self) -> None:
        import html

        from PySide6.QtWidgets import QMessageBox

        from ui.build_info import app_version, build_id

        number = app_version()
        build = build_id()
        build_line = (
            self.tr("Application autonome, compilation {build}").format(build=build)
            if build
            else self.tr("Installée avec Python (pip)")
        )
        QMessageBox.about(
            self,
            self.tr("À propos de Catalyse"),
            self.tr(
                "<h3>Catalyse {version}</h3><p>L'atelier de co-construction d'un territoire : "
                "acteurs, tableau collaboratif, alliances, engagements et rapport imprimé.</p>"
                "<p>Vos données restent sur cet ordinateur.</p>"
            ).format(version=html.escape(number))
            + f"<p><small>{html.escape(build_line)}</small></p>",
        )

    # -- geometry ---------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            state = settings.value(STATE_KEY)
            if isinstance(state, QByteArray):
                self.restoreState(state)
            return
        available = self.screen().availableSize()
        if available.width() < SMALL_SCREEN_WIDTH:
            # A laptop or projector (1366x768): every pixel goes to the screens and the
            # phone panel beside them, as the user would do by maximising the window.
            self.resize(available)
            return
        self.resize(
            min(1280, int(available.width() * 0.92)), min(820, int(available.height() * 0.9))
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        super().closeEvent(event)


def workshop_label(workshop: Workshop) -> str:
    """A workshop as the picker shows it: its date (if any) and its title."""
    if workshop.date is None:
        return workshop.title
    return f"{workshop.date.strftime('%d/%m/%Y')} · {workshop.title}"
