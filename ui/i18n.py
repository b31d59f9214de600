"""The interface language: French by default, English on request or on an English system."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

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


def install_translator(app: QCoreApplication, lang: Lang) -> QTranslator | None:
    """Load the compiled translation for `lang` (the source strings are French)."""
    global _current
    _current = lang
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
