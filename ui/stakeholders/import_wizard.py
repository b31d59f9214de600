"""The import wizard: choose a file, preview it, check the column mapping, read the report."""

from __future__ import annotations

import threading
from html import escape
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ui.context import AppContext
from ui.i18n import current_lang
from ui.widgets.plain_text import no_mnemonic
from workshop.domain.records import WorkshopId
from workshop.domain.vocabulary import Lang
from workshop.errors import CatalyseError
from workshop.importing import (
    Field,
    FormulaCells,
    ImportReport,
    Mapping,
    RawTable,
    guess_mapping,
    import_rows,
    import_table,
    looks_like_formula,
    read_table,
)
from workshop.importing.reading import ReadingCancelled
from workshop.importing.values import without_formula_signs

PREVIEW_ROWS = 8
AUTO_FORECAST_ROWS = 5000  # bigger files are forecast on demand (a dry run takes a while)
FLAGGED = QColor("#FCE4E1")  # the background of a cell to check in the preview


class FileReader(QThread):
    """Reads an import file off the GUI thread, telling its progress; `cancel()` stops it.

    When it has finished, `table` holds what was read, or `error` why not ("" and
    `cancelled` when the user stopped it).
    """

    progressed = Signal(int)  # per mille read

    def __init__(self, path: Path, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path, self.lang = path, lang
        self.table: RawTable | None = None
        self.error = ""
        self.cancelled = False
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Stop reading at the next chance (a few hundred rows at most)."""
        self._stop.set()

    def run(self) -> None:
        try:
            self.table = read_table(self.path, self.lang, progress=self._on_progress)
        except ReadingCancelled:
            self.cancelled = True
        except CatalyseError as error:
            self.error = str(error)
        except MemoryError:
            self.error = self.tr("{name} est trop gros pour être lu.").format(name=self.path.name)
        except Exception as error:  # a reader's bug: said in one line, not lost in the thread
            self.error = f"{type(error).__name__}: {error}".splitlines()[0]

    def _on_progress(self, share: float) -> bool:
        self.progressed.emit(int(share * 1000))
        return not self._stop.is_set()


class FilePage(QWizardPage):
    """Step 1: the file, and whether its people are registered for the current workshop.

    The file is read off the GUI thread: the window stays alive, a progress bar moves and
    « Arrêter la lecture » stops it.
    """

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Choisir le fichier"))
        self.setSubTitle(
            self.tr(
                "CSV ou Excel (.xlsx) : export Eventbrite, HelloAsso, Google Forms, "
                "tableur, répertoires SIRENE ou RNA."
            )
        )
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Fichier à importer"))
        self.path.setPlaceholderText(self.tr("Chemin du fichier"))
        browse = QPushButton(self.tr("Parcourir…"))
        browse.clicked.connect(self._on_browse_clicked)
        self.register = QCheckBox()
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # it names the file
        self.error.setStyleSheet("color: #B3261E;")
        self.error.setWordWrap(True)
        self.reader: FileReader | None = None
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Lecture du fichier"))
        self.cancel_reading = QPushButton(self.tr("Arrêter la lecture"))
        self.cancel_reading.clicked.connect(self._on_cancel_reading_clicked)
        self.reading = QWidget()
        reading = QHBoxLayout(self.reading)
        reading.setContentsMargins(0, 0, 0, 0)
        reading.addWidget(QLabel(self.tr("Lecture du fichier…")))
        reading.addWidget(self.progress, 1)
        reading.addWidget(self.cancel_reading)
        self.reading.hide()
        self._browse = browse
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.register)
        layout.addWidget(self.reading)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.path.textChanged.connect(self.completeChanged)

    def initializePage(self) -> None:
        context = self._wizard.context
        workshop_id = context.current_workshop_id
        if workshop_id is None:
            self.register.setChecked(False)
            self.register.hide()
            return
        title = context.store.workshops.get(workshop_id).title
        self.register.setText(
            self.tr("Inscrire les personnes importées à l'atelier « {title} »").format(
                title=no_mnemonic(title)
            )
        )
        self.register.setChecked(True)

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Importer des participants"),
            "",
            self.tr("Tableaux (*.csv *.tsv *.txt *.xlsx);;Tous les fichiers (*)"),
        )
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and self.reader is None

    def validatePage(self) -> bool:
        """Read the file now: an unreadable one is explained here and nothing changes.

        The reading runs in a FileReader thread while this waits in an event loop of its own,
        so that the window repaints and « Arrêter la lecture » (or closing the wizard) stops it.
        """
        if self.reader is not None:
            return False
        reader = FileReader(Path(self.path.text().strip()), current_lang(), self)
        waiting = QEventLoop(self)
        reader.finished.connect(waiting.quit)
        reader.progressed.connect(self._on_reader_progressed)
        self.reader = reader
        self._show_reading(True)
        reader.start()
        waiting.exec()
        reader.wait()
        self.reader = None
        self._show_reading(False)
        reader.deleteLater()
        if reader.cancelled:
            self.error.setText(self.tr("Lecture arrêtée : rien n'a été importé."))
            return False
        if reader.table is None:
            self.error.setText(
                self.tr("Impossible de lire ce fichier : {error}").format(error=reader.error)
            )
            return False
        self._wizard.table = reader.table
        if not self._wizard.table.rows:
            self.error.setText(self.tr("Ce fichier ne contient aucune ligne sous ses en-têtes."))
            return False
        self.error.clear()
        self._wizard.mapping = guess_mapping(self._wizard.table.headers)
        return True

    def stop_reading(self) -> None:
        """Stop a reading under way (the wizard is closing)."""
        if self.reader is not None:
            self.reader.cancel()

    def _show_reading(self, reading: bool) -> None:
        self.reading.setVisible(reading)
        self.path.setEnabled(not reading)
        self._browse.setEnabled(not reading)
        self.register.setEnabled(not reading)
        if reading:
            self.error.clear()
            self.cancel_reading.setFocus()
        else:
            self.path.setFocus()
        self.progress.setRange(0, 0)  # busy, until the reader tells how far it is
        self.completeChanged.emit()

    def _on_reader_progressed(self, per_mille: int) -> None:
        if per_mille and self.progress.maximum() == 0:
            self.progress.setRange(0, 1000)
        if self.progress.maximum():
            self.progress.setValue(per_mille)

    def _on_cancel_reading_clicked(self) -> None:
        self.stop_reading()


class PreviewPage(QWizardPage):
    """Step 2: the first rows as read, with the layout and encoding recognised."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Aperçu"))
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # it names the sheet
        self.summary.setWordWrap(True)
        self.flagged = QLabel(
            self.tr(
                "Les cellules surlignées ressemblent à des formules de tableur : "
                "l'étape suivante dit ce qu'il en sera."
            )
        )
        self.flagged.setWordWrap(True)
        self.flagged.hide()
        self.unclosed = QLabel()
        self.unclosed.setTextFormat(Qt.TextFormat.PlainText)
        self.unclosed.setStyleSheet("color: #B3261E;")
        self.unclosed.setWordWrap(True)
        self.unclosed.hide()
        self.grid = QTableWidget()
        self.grid.setAccessibleName(self.tr("Premières lignes du fichier"))
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.flagged)
        layout.addWidget(self.unclosed)
        layout.addWidget(self.grid, 1)

    def initializePage(self) -> None:
        table = self._wizard.table
        assert table is not None
        lang = current_lang()
        details = []
        if table.sheet:
            details.append(self.tr("feuille « {sheet} »").format(sheet=table.sheet))
        if table.encoding:
            details.append(table.encoding_note(lang))
        if table.delimiter:
            shown = {"\t": self.tr("tabulation")}.get(table.delimiter, table.delimiter)
            details.append(self.tr("séparateur « {sep} »").format(sep=shown))
        self.summary.setText(
            self.tr("Format reconnu : {layout} · {rows} lignes · {columns} colonnes").format(
                layout=self._wizard.mapping.layout.label(lang),
                rows=len(table.rows),
                columns=len(table.headers),
            )
            + (" · " + ", ".join(details) if details else "")
        )
        shown_rows = table.rows[:PREVIEW_ROWS]
        self.grid.clear()
        self.grid.setColumnCount(len(table.headers))
        self.grid.setRowCount(len(shown_rows))
        self.grid.setHorizontalHeaderLabels(table.headers)
        self.grid.setVerticalHeaderLabels(
            [str(table.row_number(i)) for i in range(len(shown_rows))]
        )
        flagged = False
        for r in range(len(shown_rows)):
            for c in range(len(table.headers)):
                item = QTableWidgetItem(table.cell(r, c))
                if looks_like_formula(table.cell(r, c)):
                    item.setBackground(QBrush(FLAGGED))
                    item.setToolTip(self.tr("Ressemble à une formule de tableur"))
                    flagged = True
                self.grid.setItem(r, c, item)
        self.flagged.setVisible(flagged)
        broken = [table.row_number(i) for i in sorted(table.unclosed_quotes)]
        listed = ", ".join(str(n) for n in broken[:5]) + ("…" if len(broken) > 5 else "")
        self.unclosed.setText(
            self.tr(
                "Guillemet non fermé sur {n} ligne(s) ({rows}) : elles ne seront pas importées, "
                "les lignes qui les suivent sont lues à part. Corrigez le guillemet dans le "
                "fichier pour les importer."
            ).format(n=len(broken), rows=listed)
            if broken
            else ""
        )
        self.unclosed.setVisible(bool(broken))
        self.grid.resizeColumnsToContents()


class MappingPage(QWizardPage):
    """Step 3: which field each column fills, prefilled from the header names."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Correspondance des colonnes"))
        self.setSubTitle(
            self.tr(
                "Catalyse a deviné à quoi correspond chaque colonne d'après son en-tête. "
                "Corrigez si besoin ; « Ignorer » laisse la colonne de côté."
            )
        )
        self.combos: list[QComboBox] = []
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        inner = QWidget()
        inner.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.warning = QLabel()
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setStyleSheet("color: #B3261E;")
        self.warning.setWordWrap(True)
        self.forecast = QLabel()
        self.forecast.setTextFormat(Qt.TextFormat.PlainText)  # an error may quote the file
        self.forecast.setWordWrap(True)
        self.forecast.setAccessibleName(self.tr("Prévision de l'import"))
        self.forecast_button = QPushButton(self.tr("Prévoir le résultat"))
        self.forecast_button.clicked.connect(self.update_forecast)
        self._forecast_timer = QTimer(self)
        self._forecast_timer.setSingleShot(True)
        self._forecast_timer.setInterval(250)
        self._forecast_timer.timeout.connect(self.update_forecast)
        forecast_row = QHBoxLayout()
        forecast_row.addWidget(self.forecast, 1)
        forecast_row.addWidget(self.forecast_button)
        self.formula_cells = QComboBox()
        for choice in FormulaCells:
            self.formula_cells.addItem(choice.label(current_lang()), choice.value)
        self.formula_cells.setAccessibleName(
            self.tr("Lignes dont une cellule ressemble à une formule")
        )
        self.formula_cells.currentIndexChanged.connect(self._on_mapping_changed)
        self.formula_label = QLabel(self.tr("Cellules qui ressemblent à des &formules :"))
        self.formula_label.setBuddy(self.formula_cells)
        self.formula_row = QWidget()
        formula_layout = QHBoxLayout(self.formula_row)
        formula_layout.setContentsMargins(0, 0, 0, 0)
        formula_layout.addWidget(self.formula_label)
        formula_layout.addWidget(self.formula_cells, 1)
        self.formula_row.hide()
        self.checks = QTableWidget(0, 2)
        self.checks.setHorizontalHeaderLabels([self.tr("Ligne"), self.tr("À vérifier")])
        self.checks.setAccessibleName(self.tr("Lignes à vérifier avant l'import"))
        self.checks.verticalHeader().setVisible(False)
        self.checks.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.checks.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checks.setWordWrap(True)
        self.checks.setMaximumHeight(150)
        self.checks.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.warning)
        layout.addLayout(forecast_row)
        layout.addWidget(self.formula_row)
        layout.addWidget(self.checks)

    def initializePage(self) -> None:
        table = self._wizard.table
        assert table is not None
        lang = current_lang()
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = []
        chosen = {column: f for f, column in self._wizard.mapping.columns.items()}
        rows: list[tuple[QWidget, QComboBox]] = []
        for column, header in enumerate(table.headers):
            sample = next(
                (
                    table.cell(i, column)
                    for i in range(min(5, len(table.rows)))
                    if table.cell(i, column)
                ),
                "",
            )
            combo = QComboBox()
            combo.addItem(self.tr("— Ignorer —"), None)
            for f in Field:
                combo.addItem(f.label(lang), f.value)
            if column in chosen:
                combo.setCurrentIndex(combo.findData(chosen[column].value))
            combo.setAccessibleName(self.tr("Champ de la colonne {header}").format(header=header))
            combo.currentIndexChanged.connect(self.completeChanged)
            combo.currentIndexChanged.connect(self._on_mapping_changed)
            label = self._column_label(header, sample, combo)
            rows.append((label, combo))
            self.combos.append(combo)
        # the columns that will be imported first, then the ones left aside
        mapped = [c for c in range(len(rows)) if c in chosen]
        ignored = [c for c in range(len(rows)) if c not in chosen]
        for column in mapped:
            self.form.addRow(*rows[column])
        if mapped and ignored:
            aside = QLabel(self.tr("Colonnes laissées de côté :"))
            aside.setTextFormat(Qt.TextFormat.PlainText)
            aside.setStyleSheet("font-style: italic; margin-top: 8px;")
            self.form.addRow(aside)
        for column in ignored:
            self.form.addRow(*rows[column])
        order = [rows[c][1] for c in mapped + ignored]
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)
        self.forecast.clear()
        if len(table.rows) <= AUTO_FORECAST_ROWS:
            self.update_forecast()

    def _column_label(self, header: str, sample: str, combo: QComboBox) -> QWidget:
        """A column's header in bold, then an example of its values, both shown literally."""
        name = QLabel(no_mnemonic(header) or self.tr("(sans en-tête)"))
        name.setTextFormat(Qt.TextFormat.PlainText)
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        name.setBuddy(combo)  # names the choice; an "&" in the header is shown, not a shortcut
        example = QLabel(self.tr("ex. : {sample}").format(sample=sample[:60]) if sample else "")
        example.setTextFormat(Qt.TextFormat.PlainText)
        small = example.font()
        small.setPointSizeF(small.pointSizeF() * 0.85)
        example.setFont(small)
        example.setVisible(bool(sample))
        box = QWidget()
        box.setObjectName("column_label")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(name)
        layout.addWidget(example)
        return box

    def _on_mapping_changed(self) -> None:
        self.forecast.setText(self.tr("Prévision à actualiser."))
        table = self._wizard.table
        if table is not None and len(table.rows) <= AUTO_FORECAST_ROWS:
            self._forecast_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the step (or closing the wizard) drops a forecast still to come."""
        self._forecast_timer.stop()
        super().hideEvent(event)

    def update_forecast(self) -> None:
        """What the import would do with this mapping (a dry run: nothing is written)."""
        self._forecast_timer.stop()
        table = self._wizard.table
        if table is None or not self.isComplete():
            self.forecast.clear()
            self._show_checks(None)
            return
        try:
            report = import_rows(
                self._wizard.context.store,
                table,
                self.mapping(),
                self._wizard.workshop_id,
                current_lang(),
                dry_run=True,
                formula_cells=self.chosen_formula_cells(),
            )
        except CatalyseError as error:
            self.forecast.setText(str(error))
            self._show_checks(None)
            return
        self._show_checks(report)
        self.forecast.setText(
            self.tr(
                "Prévision : {pc} personne(s) créée(s), {pu} mise(s) à jour ; "
                "{oc} structure(s) créée(s), {ou} mise(s) à jour ; {r} ligne(s) rejetée(s)."
            ).format(
                pc=report.people.created,
                pu=report.people.updated,
                oc=report.organisations.created,
                ou=report.organisations.updated,
                r=len(report.rejected),
            )
        )

    def chosen_formula_cells(self) -> FormulaCells:
        """What the user chose for the rows holding a formula-looking cell."""
        return FormulaCells(self.formula_cells.currentData())

    def _show_checks(self, report: ImportReport | None) -> None:
        """List the rows the import would leave out or change, each with its reason."""
        entries: list[tuple[int, str]] = []
        if report is not None:
            entries = [(r.row, r.reason) for r in report.rejected]
            if report.formula_cells is FormulaCells.AS_TEXT:
                entries += [
                    (
                        cell.row,
                        self.tr(
                            "« {value} » (colonne « {column} ») sera importé comme « {text} »"
                        ).format(
                            value=cell.value,
                            column=cell.column,
                            text=without_formula_signs(cell.value),
                        ),
                    )
                    for cell in report.formulas
                ]
            entries += [
                (
                    cell.row,
                    self.tr(
                        "« {value} » (colonne « {column} ») : aucun type d'apport reconnu, "
                        "à compléter dans la fiche de la structure"
                    ).format(value=cell.value, column=cell.column),
                )
                for cell in report.unread_offers
            ]
            entries += [(n.row, n.text) for n in report.notes]  # a commune not recognised
            entries.sort(key=lambda entry: entry[0])
        self.formula_row.setVisible(bool(report and report.formulas))
        self.checks.setRowCount(len(entries))
        for row, (number, text) in enumerate(entries):
            item = QTableWidgetItem(str(number))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.checks.setItem(row, 0, item)
            self.checks.setItem(row, 1, QTableWidgetItem(text))
        self.checks.resizeRowsToContents()
        self.checks.setVisible(bool(entries))

    def mapping(self) -> Mapping:
        """The mapping as the user left it (a field chosen twice keeps its first column)."""
        guessed = self._wizard.mapping
        columns: dict[Field, int] = {}
        for column, combo in enumerate(self.combos):
            value = combo.currentData()
            if value and Field(value) not in columns:
                columns[Field(value)] = column
        return Mapping(
            columns,
            guessed.layout,
            default_kind=guessed.default_kind,
            organisations_only=guessed.organisations_only,
        )

    def isComplete(self) -> bool:
        columns = self.mapping().columns
        useful = {
            Field.FIRST_NAME,
            Field.LAST_NAME,
            Field.FULL_NAME,
            Field.EMAIL,
            Field.ORGANISATION,
        }
        ok = any(f in columns for f in useful)
        named = any(f in columns for f in (Field.FIRST_NAME, Field.LAST_NAME, Field.FULL_NAME))
        if not ok:
            warning = self.tr("Choisissez au moins une colonne de nom, d'e-mail ou de structure.")
        elif Field.EMAIL in columns and not named:
            warning = self.tr(
                "Aucune colonne de nom : seules les personnes déjà dans l'annuaire avec "
                "cette adresse e-mail seront mises à jour, les autres lignes seront rejetées."
            )
        else:
            warning = ""
        self.warning.setText(warning)
        return ok

    def validatePage(self) -> bool:
        self._wizard.mapping = self.mapping()
        self._wizard.formula_cells = self.chosen_formula_cells()
        return True


class ReportPage(QWizardPage):
    """Step 4: the import is done; what it created, updated, left alone and rejected."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Compte rendu de l'import"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.rejected = QTableWidget(0, 2)
        self.rejected.setHorizontalHeaderLabels([self.tr("Ligne"), self.tr("Motif du rejet")])
        self.rejected.setAccessibleName(self.tr("Lignes rejetées"))
        self.rejected.verticalHeader().setVisible(False)
        self.rejected.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.rejected.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.rejected, 1)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        report = self._wizard.run_import()
        if report is None:
            self.summary.setText(escape(self._wizard.failure))
            self.rejected.setRowCount(0)
            return
        people, orgs = report.people, report.organisations
        lines = [
            self.tr("<b>Personnes</b> : {c} créées, {u} mises à jour, {n} inchangées").format(
                c=people.created, u=people.updated, n=people.unchanged
            ),
            self.tr("<b>Structures</b> : {c} créées, {u} mises à jour, {n} inchangées").format(
                c=orgs.created, u=orgs.updated, n=orgs.unchanged
            ),
        ]
        if self._wizard.workshop_id is not None:
            lines.append(
                self.tr("<b>Inscriptions à l'atelier</b> : {n}").format(n=report.registered)
            )
        lines.append(self.tr("<b>Lignes rejetées</b> : {n}").format(n=len(report.rejected)))
        if report.formulas_as_text:
            lines.append(
                self.tr("<b>Lignes importées avec une formule changée en texte</b> : {n}").format(
                    n=report.formulas_as_text
                )
            )
        if report.notes:
            rows = len({n.row for n in report.notes})
            lines.append(
                self.tr(
                    "<b>Lignes à vérifier</b> : {n} (commune ou code postal non repris, "
                    "à compléter dans la fiche de la structure)"
                ).format(n=rows)
            )
        if report.ignored_columns:
            lines.append(
                self.tr("<b>Colonnes non importées</b> : {columns}").format(
                    columns=escape(", ".join(f"« {c} »" for c in report.ignored_columns))
                )
            )
        lines.append(
            self.tr(
                "L'import est enregistré. Il s'annule en une fois avec Édition › Annuler (Ctrl+Z)."
            )
            if report.changed
            else self.tr("Rien n'a changé : tout ce fichier était déjà dans l'annuaire.")
        )
        self.summary.setText("<br>".join(lines))
        self.rejected.setRowCount(len(report.rejected))
        for row, rejection in enumerate(report.rejected):
            number = QTableWidgetItem(str(rejection.row))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.rejected.setItem(row, 0, number)
            self.rejected.setItem(row, 1, QTableWidgetItem(rejection.reason))
        self.rejected.setVisible(bool(report.rejected))


class ImportWizard(QWizard):
    """Import people and organisations from a file in four steps; the import is one undo step."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table: RawTable | None = None
        self.mapping = Mapping()
        self.formula_cells = FormulaCells.SKIP_ROWS
        self.report: ImportReport | None = None
        self.failure = ""
        self.setWindowTitle(self.tr("Importer des participants"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Terminer"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Suivant >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Précédent"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuler"))
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.mapping_page = MappingPage(self)
        self.report_page = ReportPage(self)
        for page in (self.file_page, self.preview_page, self.mapping_page, self.report_page):
            self.addPage(page)
        self.mapping_page.setCommitPage(True)
        self.mapping_page.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Importer"))
        self.resize(820, 600)

    def done(self, result: int) -> None:
        """Closing the wizard stops a file being read."""
        self.file_page.stop_reading()
        super().done(result)

    @property
    def workshop_id(self) -> WorkshopId | None:
        if self.file_page.register.isChecked():
            return self.context.current_workshop_id
        return None

    def run_import(self) -> ImportReport | None:
        """Import as one undoable step; on failure nothing changes and `failure` says why."""
        table, mapping, workshop_id = self.table, self.mapping, self.workshop_id
        formula_cells = self.formula_cells
        assert table is not None
        lang = current_lang()
        name = table.path.name if table.path else ""
        try:
            self.report = self.context.apply(
                self.tr("Importer {name}").format(name=name),
                lambda store: import_table(
                    store, table, mapping, workshop_id, lang, formula_cells=formula_cells
                ),
            )
        except CatalyseError as error:
            self.failure = self.tr("L'import n'a pas eu lieu : {error}").format(error=error)
            return None
        return self.report
