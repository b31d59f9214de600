"""The Sondages tab, driven by the keyboard: a poll made, opened, counted by hand, projected."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QSpinBox

from ui.methods.polls import PollDialog
from ui.methods.screen import MethodsScreen
from workshop.domain.polls import PollKind
from workshop.ops import polls as ops

# The offscreen platform cannot raise a window nor grab the keyboard (completer popups).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def screen(methods_screen: MethodsScreen) -> MethodsScreen:
    methods_screen.tabs.setCurrentWidget(methods_screen.polls)
    return methods_screen


def test_a_choice_poll_is_made_opened_and_counted_by_hand_from_the_keyboard(
    screen: MethodsScreen, qtbot: Any
) -> None:
    """Question, choices one per line, Ctrl+Enter creates; Enter opens it to the phones; a
    count typed in a choice's cell shows in its bar."""
    tab = screen.polls
    tab.question.setFocus()
    tab.question.insert("Quelle priorité pour 2027 ?")
    tab.choices.setFocus()
    tab.choices.insertPlainText("Mobilité")
    qtbot.keyClick(tab.choices, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.choices, "Alimentation")
    qtbot.keyClick(tab.choices, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert tab.list.count() == 1 and tab.title.text() == "Quelle priorité pour 2027 ?"
    assert tab.list.hasFocus()
    qtbot.keyClick(tab.list, Qt.Key.Key_Return)
    assert tab.status.text().startswith("Ouvert aux téléphones")
    tab.counts.setFocus()
    tab.counts.setCurrentCell(0, 2)
    qtbot.keyClick(tab.counts, Qt.Key.Key_F2)
    editor = tab.counts.findChild(QSpinBox)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "12")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.results_view.summary().startswith("Mobilité: 12"))  # queued
    assert tab.results_view.summary() == "Mobilité: 12; Alimentation: 0"
    assert tab.counts.currentRow() == 1  # the next choice's count, ready to type


def test_words_read_on_paper_make_one_cloud_with_accents_folded(
    screen: MethodsScreen, qtbot: Any
) -> None:
    """Words typed with commas go into the cloud, "mobilite" and "Mobilité" as one word."""
    tab = screen.polls
    tab.kind.setCurrentIndex(tab.kind.findData(PollKind.WORDS))
    tab.question.setFocus()
    tab.question.insert("Un mot pour le territoire ?")
    qtbot.keyClick(tab.question, Qt.Key.Key_Return)
    assert tab.list.count() == 1
    tab.words.setFocus()
    tab.words.insert("Mobilité, mobilite, la solidarité")
    qtbot.keyClick(tab.words, Qt.Key.Key_Return)
    assert tab.results_view.summary() == "mobilité (2), solidarité (1)"
    assert tab.hand_words.count() == 3


def test_the_projected_poll_follows_the_phones_answers(screen: MethodsScreen, qtbot: Any) -> None:
    """F5 shows the chosen poll's question and results full screen; an answer from a phone
    shows there at once."""
    context = screen.context
    workshop_id = context.current_workshop_id
    poll = context.apply(
        "p", lambda s: ops.add_poll(s, workshop_id, "Oui ou non ?", PollKind.CHOICE, ["Oui", "Non"])
    )
    context.apply("o", lambda s: ops.open_poll(s, poll.id))
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    screen.polls.list.setFocus()
    qtbot.keyClick(screen.polls.list, Qt.Key.Key_F5)
    projection = screen.projection
    assert projection is not None and projection.heading.text() == "Oui ou non ?"
    yes = context.store.polls.choices.of_poll(poll.id)[0]
    context.apply(
        "a", lambda s: ops.answer_from_phone(s, workshop_id, poll.id, "phone-1", choice_id=yes.id)
    )
    assert projection.content.summary() == "Oui: 1; Non: 0"  # type: ignore[union-attr]
    assert projection.footer.text().startswith("1 réponse")
    projection.close()


def test_f2_corrects_a_polls_question_and_choices_keeping_its_answers(
    screen: MethodsScreen, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """F2 on the list opens the poll's question and choices; a choice renamed keeps its count;
    one Ctrl+Z puts the old wording back."""
    context = screen.context
    workshop_id = context.current_workshop_id
    poll = context.apply(
        "p", lambda s: ops.add_poll(s, workshop_id, "Oui ?", PollKind.CHOICE, ["Oui", "Non"])
    )
    yes = context.store.polls.choices.of_poll(poll.id)[0]
    context.apply("h", lambda s: ops.set_hand_count(s, yes.id, 4))

    def answer(dialog: PollDialog) -> int:
        assert dialog.choices.toPlainText() == "Oui\nNon"
        dialog.question.setText("D'accord ?")
        dialog.choices.setPlainText("Tout à fait\nPas du tout")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PollDialog, "exec", answer)
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    screen.polls.list.setFocus()
    qtbot.keyClick(screen.polls.list, Qt.Key.Key_F2)
    assert screen.polls.title.text() == "D'accord ?"
    assert screen.polls.results_view.summary() == "Tout à fait: 4; Pas du tout: 0"
    context.undo_stack.undo()
    assert screen.polls.title.text() == "Oui ?"
