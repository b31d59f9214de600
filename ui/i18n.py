"""The interface language: French by default, English on request or on an English system."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, QTranslator

from workshop.domain.vocabulary import Lang

LANGUAGE_KEY = "interface/language"  # "fr", "en" or "" (follow the system)
_current: Lang = "fr"
_loaded: list[bytes] = []  # the .qm data of the installed translators


def preferred_lang(settings: QSettings | None = None) -> Lang:
    """The language the user picked, else the system's when it is English, else French."""
    chosen = str((settings or QSettings()).value(LANGUAGE_KEY, "") or "")
    if chosen in ("fr", "en"):
        return "en" if chosen == "en" else "fr"
    return "en" if QLocale.system().language() == QLocale.Language.English else "fr"


def current_lang() -> Lang:
    """The language the interface is shown in (for core labels and reports)."""
    return _current


def interface_locale(lang: Lang | None = None) -> QLocale:
    """How the interface writes dates and numbers: France's French, or British English.

    British English writes dates day first, as the core reads typed dates in both languages
    (workshop.domain.quantities.parse_date), and spells "organisation" as the app does.
    """
    if (lang or _current) == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.French, QLocale.Country.France)


def typed_date_format(locale: QLocale | None = None) -> str:
    """The interface locale's short date with two-digit days and months and a 4-digit year
    (dd/MM/yyyy in French and British English): what is typed is what is shown."""
    text = (locale or interface_locale()).dateFormat(QLocale.FormatType.ShortFormat)
    text = re.sub(r"y+", "yyyy", text)
    text = re.sub(r"(?<!d)d{1,2}(?!d)", "dd", text)
    return re.sub(r"(?<!M)M{1,2}(?!M)", "MM", text)


# French for the few strings of Qt's own dialogs that qtbase_fr.qm leaves in English (checked
# with Qt 6.12 by building each dialog the app opens and asking for every string it shows).
QT_FRENCH_GAPS: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "&Voir dans\u00a0:",
    ("QFileDialog", "Files of &type:"): "Fichiers de &type\u00a0:",
    ("QAbstractFileIconProvider", "Folder"): "Dossier",
    ("QAbstractFileIconProvider", "Drive"): "Lecteur",
    ("QPrintSettingsOutput", "Page &Set:"): "En&semble de pages\u00a0:",
    ("QPageSetupWidget", "Page &order:"): "&Ordre des pages\u00a0:",
    ("QPageSetupWidget", "Pages &per sheet:"): "&Pages par feuille\u00a0:",
    ("QPrintPreviewDialog", "Page Setup"): "Mise en page",
}


class QtGapsTranslator(QTranslator):
    """Translations of Qt's own strings that Qt's translation file lacks (context, source)."""

    def __init__(self, table: dict[tuple[str, str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = table

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self._table.get((context, source))  # None: ask the next translator

    def isEmpty(self) -> bool:
        return not self._table


def install_translator(app: QCoreApplication, lang: Lang) -> QTranslator | None:
    """Load the compiled translation for `lang` (the source strings are French), and make the
    interface locale the default one: dates, numbers and calendars follow the interface
    language, not the system's."""
    global _current
    _current = lang
    QLocale.setDefault(interface_locale(lang))
    if lang == "fr":
        return None
    from importlib import resources

    translator = QTranslator(app)
    data = resources.files("catalyse_assets").joinpath(f"translations/catalyse_{lang}.qm")
    payload = data.read_bytes() if data.is_file() else b""
    if payload and translator.load(payload):
        _loaded.append(payload)  # QTranslator reads this buffer in place: keep it alive
        app.installTranslator(translator)
        return translator
    return None
