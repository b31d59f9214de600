"""Help > Guide d'une journée d'atelier: a short offline guide, in the interface language."""

from __future__ import annotations

from importlib import resources

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ui.i18n import current_lang
from workshop.domain.vocabulary import Lang


def guide_text(lang: Lang) -> str:
    """The guide's Markdown source in that language (shipped with the app, never downloaded)."""
    name = "guide_en.md" if lang == "en" else "guide_fr.md"
    return resources.files("catalyse_assets").joinpath(f"help/{name}").read_text(encoding="utf-8")


class GuideDialog(QDialog):
    """The guide of a workshop day, read-only; links are not followed, Escape closes it."""

    def __init__(self, parent: QWidget | None = None, lang: Lang | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_dialog")
        self.setWindowTitle(self.tr("Guide d'une journée d'atelier"))
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Guide d'une journée d'atelier"))
        self.text.setOpenLinks(False)  # offline: nothing is fetched, no browser opened
        self.text.setOpenExternalLinks(False)
        self.text.setMarkdown(guide_text(lang or current_lang()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 620)
        self.text.setFocus()  # the arrows and Page Down scroll the guide at once
