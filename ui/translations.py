"""Update the English translation: `python -m ui.translations` (lupdate, then lrelease).

Source strings are French (self.tr("…")); lupdate collects them from ui/**/*.py into
assets/translations/catalyse_en.ts, keeping the translations already written there, and
lrelease compiles that file into catalyse_en.qm, which ui.i18n.install_translator loads.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "assets" / "translations"
LANGUAGES = ("en",)


def qt_tool(name: str) -> Path:
    """A Qt Linguist tool shipped with the installed PySide6 (lupdate, lrelease)."""
    package = Path(PySide6.__file__).resolve().parent
    for candidate in (package / name, package / f"{name}.exe", package / "Qt" / "libexec" / name):
        if candidate.is_file():
            return candidate
    wrapper = shutil.which(f"pyside6-{name}")
    if wrapper:
        return Path(wrapper)
    raise SystemExit(f"translations: error: {name} not found in PySide6 ({package})")


def sources() -> list[Path]:
    """Every Python file of the UI, in a stable order."""
    return sorted(path for path in (ROOT / "ui").rglob("*.py") if "__pycache__" not in path.parts)


def update(languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    """Refresh the .ts files from the sources and compile them; returns the .qm files."""
    lupdate, lrelease = qt_tool("lupdate"), qt_tool("lrelease")
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    compiled = []
    for lang in languages:
        ts = TRANSLATIONS / f"catalyse_{lang}.ts"
        qm = ts.with_suffix(".qm")
        files = [str(p.relative_to(ROOT)) for p in sources()]
        subprocess.run(
            [
                str(lupdate),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "fr",
                "-target-language",
                lang,
                *files,
                "-ts",
                str(ts),
            ],
            check=True,
            cwd=ROOT,
        )
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT)
        compiled.append(qm)
    return compiled


def main() -> int:
    for qm in update():
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
