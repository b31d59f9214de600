"""The Report screen: a live preview of the session report, export to PDF, and printing."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.i18n import current_lang
from ui.private_files import private_temporary_dir
from ui.report.followup import FollowUpPanel
from ui.widgets.open_file import open_with_system
from ui.widgets.pdf_printing import print_pdf
from workshop.domain.changes import Changes
from workshop.domain.records import WorkshopId
from workshop.domain.vocabulary import Lang
from workshop.errors import CatalyseError
from workshop.report.data import ReportData, collect
from workshop.report.files import write_report_file
from workshop.report.partner_sheets import build_partner_sheets

DEBOUNCE_MS = 400
FOLLOWUP_WIDTH = 430  # the follow-up panel's width beside the preview, at first
MAX_PRINT_DPI = 300  # finer than this only grows the page images, not the print quality

# reportlab keeps per-document state in shared font objects: one build at a time.
_BUILD_LOCK = threading.Lock()


def write_report(data: ReportData, path: Path, lang: Lang, contacts: bool) -> None:
    """Build the report into `path`, a PDF or (.docx) the editable version, through a
    temporary file (never a half-written document)."""
    with _BUILD_LOCK:
        write_report_file(data, path, lang=lang, contacts=contacts)


class _BuildSignals(QObject):
    """Carries a background build's result back to the UI thread."""

    finished = Signal(int, str, str)  # generation, path, error ("" when it worked)


class ReportScreen(QWidget):
    """Options, a live preview of the current workshop's report, Export and Print."""

    preview_ready = Signal(int)  # number of pages shown

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._temp = private_temporary_dir("apercu")
        self._generation = 0
        self._shown_path: Path | None = None
        self._dirty = True
        self._signals = _BuildSignals(self)
        self._signals.finished.connect(self._on_build_finished)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.document = QPdfDocument(self)
        self._build_ui()
        context.data_changed.connect(self._on_context_data_changed)

    # Layout --------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.language = QComboBox()
        self.language.addItem(self.tr("Français"), "fr")
        self.language.addItem(self.tr("Anglais"), "en")
        self.language.setCurrentIndex(0 if current_lang() == "fr" else 1)
        self.language.setAccessibleName(self.tr("Langue du compte rendu"))
        self.language.currentIndexChanged.connect(self._schedule)
        self.contacts = QCheckBox(self.tr("Coordonnées des participants"))
        self.contacts.setToolTip(
            self.tr(
                "Imprime les courriels et téléphones (données personnelles) : "
                "seulement si les participants en ont besoin."
            )
        )
        self.contacts.setAccessibleName(self.tr("Inclure les coordonnées des participants"))
        self.contacts.toggled.connect(self._schedule)
        self.refresh_button = QPushButton(self.tr("Actualiser l'aperçu"))
        self.refresh_button.setAccessibleName(self.tr("Actualiser l'aperçu"))
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("Exporter en PDF…"))
        self.export_button.setAccessibleName(self.tr("Exporter le compte rendu en PDF"))
        self.export_button.clicked.connect(self.export_pdf)
        self.editable_button = QPushButton(self.tr("Version modifiable…"))
        self.editable_button.setAccessibleName(
            self.tr("Exporter le compte rendu en document Word modifiable (.docx)")
        )
        self.editable_button.setToolTip(
            self.tr(
                "Le même contenu, à retoucher avant l'envoi : Word ou LibreOffice Writer "
                "l'ouvrent (et Writer l'enregistre en .odt)."
            )
        )
        self.editable_button.clicked.connect(self.export_editable)
        self.sheets_button = QPushButton(self.tr("Fiches partenaires…"))
        self.sheets_button.setAccessibleName(self.tr("Exporter une fiche PDF par partenaire"))
        self.sheets_button.clicked.connect(self.export_partner_sheets)
        self.open_button = QPushButton(self.tr("Ouvrir le PDF"))
        self.open_button.setAccessibleName(self.tr("Ouvrir le dernier document exporté"))
        self.open_button.clicked.connect(self.open_last_export)
        self.open_button.hide()  # shown once something is exported
        self._last_export: Path | None = None
        self.print_button = QPushButton(self.tr("Imprimer…"))
        self.print_button.setAccessibleName(self.tr("Imprimer le compte rendu"))
        self.print_button.clicked.connect(self.print_report)
        self.zoom = QComboBox()
        self.zoom.addItem(self.tr("Page entière"), QPdfView.ZoomMode.FitInView)
        self.zoom.addItem(self.tr("Pleine largeur"), QPdfView.ZoomMode.FitToWidth)
        self.zoom.setAccessibleName(self.tr("Zoom de l'aperçu"))
        self.zoom.currentIndexChanged.connect(self._on_zoom_current_index_changed)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("État de l'aperçu"))
        self._menu_actions = [
            self._action(
                self.tr("Exporter le compte rendu en PDF…"),
                self.export_pdf,
                QKeySequence.StandardKey.SaveAs,  # Ctrl+Maj+S: the report saved as a PDF
            ),
            self._action(
                self.tr("Exporter le compte rendu modifiable (Word)…"), self.export_editable
            ),
            self._action(self.tr("Fiches partenaires en PDF…"), self.export_partner_sheets),
            self._action(
                self.tr("Imprimer le compte rendu…"),
                self.print_report,
                QKeySequence.StandardKey.Print,
            ),
        ]

        # Two rows, so that the screen fits beside the phone panel at 1366 px: the options
        # of the document, then what to do with it. The status line takes the room left.
        options = QHBoxLayout()
        language_label = QLabel(self.tr("&Langue :"))
        language_label.setBuddy(self.language)
        options.addWidget(language_label)
        options.addWidget(self.language)
        options.addWidget(self.contacts)
        options.addWidget(self.zoom)
        options.addWidget(self.status, 1)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # An error message, however long, wraps or is cut; it never widens the window.
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        actions = QHBoxLayout()
        actions.addWidget(self.refresh_button)
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        actions.addWidget(self.sheets_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.editable_button)
        actions.addWidget(self.print_button)

        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Aperçu du compte rendu"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.empty = QLabel(
            self.tr("Aucun atelier n'est ouvert : créez-en un ou choisissez-le dans « Ateliers ».")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.empty)
        # What the report's first page and the partner sheets say next, typed beside the
        # preview: at 1366 px the page keeps its height (the preview fits the page in view).
        self.followup = FollowUpPanel(self.context)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.followup)
        self.splitter.addWidget(self.pages)
        # A narrower screen (the phone panel open beside it) takes a third from the panel, two
        # thirds from the preview: the page stays the larger of the two.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([FOLLOWUP_WIDTH, 800])
        self.followup.setMinimumWidth(280)

        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)
        self._update_enabled()

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence.StandardKey | None = None,
    ) -> QAction:
        """An action of the screen's menu (the main window shows it), active on this screen."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: slot())
        self.addAction(action)
        return action

    def _on_zoom_current_index_changed(self, index: int) -> None:
        self.view.setZoomMode(self.zoom.itemData(index))

    # Options -------------------------------------------------------------------------------

    @property
    def lang(self) -> Lang:
        return "en" if self.language.currentData() == "en" else "fr"

    @property
    def workshop_id(self) -> WorkshopId | None:
        return self.context.current_workshop_id

    def _update_enabled(self) -> None:
        has_workshop = self.workshop_id is not None
        self.pages.setCurrentWidget(self.view if has_workshop else self.empty)
        for widget in (
            self.refresh_button,
            self.export_button,
            self.editable_button,
            self.sheets_button,
        ):
            widget.setEnabled(has_workshop)
        self.print_button.setEnabled(has_workshop and self.document.pageCount() > 0)
        for action, button in zip(
            self._menu_actions,
            (self.export_button, self.editable_button, self.sheets_button, self.print_button),
            strict=True,
        ):
            action.setEnabled(button.isEnabled())

    # Live preview --------------------------------------------------------------------------

    def _on_context_data_changed(self, _changes: Changes, _initiator: object) -> None:
        """Everything the report shows, or another workshop or file: rebuild it (when shown)."""
        self._schedule()

    def _schedule(self) -> None:
        """Rebuild soon if the screen is visible (edits come in bursts), else when it shows."""
        self._dirty = True
        self._update_enabled()
        if self.isVisible():
            self._debounce.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._debounce.start(0)

    def refresh(self) -> None:
        """Read the workshop now and build its report in the background, then show it."""
        self._debounce.stop()
        self._dirty = False
        self._update_enabled()
        if self.workshop_id is None:
            self._show_document(None)
            return
        try:
            data = collect(self.context.store, self.workshop_id)
        except CatalyseError as error:
            self.status.setText(str(error))
            return
        self._generation += 1
        generation, lang, contacts = self._generation, self.lang, self.contacts.isChecked()
        path = Path(self._temp.path()) / f"apercu-{generation}.pdf"
        self.status.setText(self.tr("Mise à jour de l'aperçu…"))

        signals = self._signals

        def job() -> None:
            try:
                write_report(data, path, lang, contacts)
                result = (generation, str(path), "")
            except Exception as error:  # shown in the status line, never a crash
                result = (generation, "", f"{type(error).__name__}: {error}")
            with contextlib.suppress(RuntimeError):  # the screen was closed while building
                signals.finished.emit(*result)

        threading.Thread(target=job, name="report-preview", daemon=True).start()

    def _on_build_finished(self, generation: int, path: str, error: str) -> None:
        if generation != self._generation:  # a newer build is on its way
            if path:
                Path(path).unlink(missing_ok=True)
            return
        if error:
            self.status.setText(self.tr("Aperçu impossible : %1").replace("%1", error))
            return
        self._show_document(Path(path))

    def _show_document(self, path: Path | None) -> None:
        previous = self._shown_path
        if path is None:
            self.document.close()
            self.status.clear()
        else:
            self.document.load(str(path))
            pages = self.document.pageCount()
            self.status.setText(self.tr("%n page(s)", "", pages))
        self._shown_path = path
        if previous and previous != path:
            previous.unlink(missing_ok=True)
        self._update_enabled()
        if path is not None:
            self.preview_ready.emit(self.document.pageCount())

    # Export and print ----------------------------------------------------------------------

    def _suggested_name(self) -> str:
        workshop = self.context.store.workshops.get(self.workshop_id) if self.workshop_id else None
        date = workshop.date.isoformat() if workshop and workshop.date else ""
        return f"{self.tr('compte-rendu')}{'-' + date if date else ''}.pdf"

    def export_pdf(self) -> Path | None:
        """Ask where to save the report, and write it there with the chosen options."""
        return self._export(".pdf", self.tr("Document PDF (*.pdf)"), self.tr("Ouvrir le PDF"))

    def export_editable(self) -> Path | None:
        """The same report as a Word document to edit before sending (.docx)."""
        return self._export(
            ".docx",
            self.tr("Document Word modifiable (*.docx)"),
            self.tr("Ouvrir le document"),
        )

    def _export(self, suffix: str, name_filter: str, open_label: str) -> Path | None:
        if self.workshop_id is None:
            return None
        suggested = Path(self._suggested_name()).with_suffix(suffix).name
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exporter le compte rendu"), str(Path.home() / suggested), name_filter
        )
        if not name:
            return None
        path = Path(name) if name.lower().endswith(suffix) else Path(name + suffix)
        data = collect(self.context.store, self.workshop_id)
        if not self._with_wait_cursor(
            lambda: write_report(data, path, self.lang, self.contacts.isChecked())
        ):
            return None
        self.status.setText(self.tr("Compte rendu enregistré : {name}").format(name=path.name))
        self._offer_to_open(path, open_label)
        return path

    def export_partner_sheets(self) -> list[Path]:
        """Ask for a folder, and write one PDF per partner organisation into it."""
        if self.workshop_id is None:
            return []
        folder = QFileDialog.getExistingDirectory(self, self.tr("Dossier des fiches partenaires"))
        if not folder:
            return []
        data = collect(self.context.store, self.workshop_id)
        written: list[Path] = []
        contacts = self.contacts.isChecked()  # e-mails and phones only when asked, as the report

        def build() -> None:
            with _BUILD_LOCK:
                written.extend(
                    build_partner_sheets(data, Path(folder), self.lang, contacts=contacts)
                )

        if self._with_wait_cursor(build):
            self.status.setText(self.tr("%n fiche(s) écrite(s)", "", len(written)))
            self._offer_to_open(Path(folder), self.tr("Ouvrir le dossier"))
        return written

    def _offer_to_open(self, path: Path, text: str) -> None:
        self._last_export = path
        self.open_button.setText(text)
        self.open_button.setToolTip(str(path))
        self.open_button.show()

    def open_last_export(self) -> bool:
        """Open the PDF (or the sheets' folder) just exported; without a viewer, say where it is."""
        if self._last_export is None:
            return False
        return open_with_system(self, self._last_export)

    def _with_wait_cursor(self, action: Callable[[], None]) -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            action()
        except (CatalyseError, OSError) as error:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Compte rendu"), str(error))
            return False
        QGuiApplication.restoreOverrideCursor()
        return True

    def print_report(self, printer: QPrinter | None = None) -> int:
        """Print the previewed report: the dialog picks the printer, copies and pages."""
        if self.document.pageCount() == 0:
            return 0
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._suggested_name())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Imprimer le compte rendu"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, self.document.pageCount())
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return 0
        sent = 0
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sent = print_pdf(self.document, printer)
        except CatalyseError as error:
            QMessageBox.warning(self, self.tr("Impression"), str(error))
        finally:
            QGuiApplication.restoreOverrideCursor()
        return sent
