"""Help > Raccourcis clavier: every shortcut of the menus and screens, read from the actions."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.text import fold


@dataclass
class ShortcutGroup:
    """The shortcuts listed under one menu or screen: (action text, keys) pairs."""

    title: str
    entries: list[tuple[str, str]] = field(default_factory=list)


def plain_text(text: str) -> str:
    """An action's text as read: the mnemonic "&" dropped, "&&" shown as "&"."""
    return re.sub(r"&(.)", r"\1", text).strip()


def on_a_keyboard(sequence: QKeySequence) -> bool:
    """Whether a laptop keyboard has the keys: not F13 and beyond, nor an Undo or Help key."""
    return all(combination.key().value <= Qt.Key.Key_F12.value for combination in sequence)


def native_keys(sequences: Iterable[QKeySequence]) -> str:
    """Key sequences as this system writes them ("Ctrl+Maj+P"), several joined by commas.

    Keys only some keyboards have (F14, a dedicated Undo key) are left out of the list.
    """
    texts = []
    for sequence in sequences:
        if not on_a_keyboard(sequence):
            continue
        text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        if text and text not in texts:
            texts.append(text)
    return ", ".join(texts)


def shortcut_groups(
    menu_bar: QMenuBar, screens: Sequence[tuple[str, QWidget]]
) -> list[ShortcutGroup]:
    """The shortcuts of the menus (in menu order), then those each screen keeps for itself.

    Only actions with a text and a shortcut are listed; the same action is listed once.
    """
    groups: dict[str, ShortcutGroup] = {}
    seen: set[int] = set()

    def add(title: str, action: QAction) -> None:
        if id(action) in seen or action.isSeparator() or not action.text():
            return
        keys = native_keys(action.shortcuts())
        if not keys:
            return
        seen.add(id(action))
        groups.setdefault(title, ShortcutGroup(title)).entries.append(
            (plain_text(action.text()), keys)
        )

    def walk(title: str, menu: QMenu) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(title, submenu)
            else:
                add(title, action)

    for menu_action in menu_bar.actions():
        menu = menu_action.menu()
        if isinstance(menu, QMenu):
            walk(plain_text(menu_action.text()), menu)
    for label, screen in screens:
        for action in screen.findChildren(QAction):
            add(plain_text(label), action)
    return [group for group in groups.values() if group.entries]


class ShortcutsDialog(QDialog):
    """A searchable list of the shortcuts, grouped by menu and screen; Escape closes it."""

    def __init__(self, groups: Sequence[ShortcutGroup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Raccourcis clavier"))
        self.setObjectName("shortcuts_dialog")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Chercher une commande ou une touche"))
        self.search.setAccessibleName(self.tr("Chercher un raccourci"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Raccourcis clavier"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Commande"), self.tr("Raccourci")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        for group in groups:
            heading = QTreeWidgetItem([group.title])
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFirstColumnSpanned(True)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(heading)
            heading.setFirstColumnSpanned(True)
            for text, keys in group.entries:
                heading.addChild(QTreeWidgetItem([text, keys]))
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(560, 600)
        self.search.setFocus()

    def entries(self) -> list[tuple[str, str, str]]:
        """What the list shows now: (group, command, keys), the hidden ones left out."""
        shown = []
        for index in range(self.tree.topLevelItemCount()):
            heading = self.tree.topLevelItem(index)
            if heading is None or heading.isHidden():
                continue
            for row in range(heading.childCount()):
                child = heading.child(row)
                if child is not None and not child.isHidden():
                    shown.append((heading.text(0), child.text(0), child.text(1)))
        return shown

    def _on_search_text_changed(self, text: str) -> None:
        wanted = fold(text)
        for index in range(self.tree.topLevelItemCount()):
            heading = self.tree.topLevelItem(index)
            if heading is None:
                continue
            in_title = wanted in fold(heading.text(0))
            any_shown = False
            for row in range(heading.childCount()):
                child = heading.child(row)
                if child is None:
                    continue
                match = in_title or wanted in fold(f"{child.text(0)} {child.text(1)}")
                child.setHidden(not match)
                any_shown = any_shown or match
            heading.setHidden(not any_shown)
