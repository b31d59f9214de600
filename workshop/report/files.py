"""The report written to a file whose suffix chooses the format: PDF, or DOCX to edit."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from workshop.domain.vocabulary import Lang
from workshop.errors import CatalyseError
from workshop.report.data import ReportData
from workshop.report.document import build_report
from workshop.report.editable import write_editable_report

REPORT_SUFFIXES = (".pdf", ".docx")


def refusal(path: Path, lang: Lang = "en") -> str | None:
    """Why the report cannot be written to `path` (its suffix), or None when it can."""
    suffix = path.suffix.lower()
    if suffix in REPORT_SUFFIXES:
        return None
    if suffix == ".odt":
        return (
            f"impossible d'écrire {path.name} : le compte rendu modifiable est un .docx, que "
            "LibreOffice Writer ouvre et peut enregistrer en .odt"
            if lang == "fr"
            else f"cannot write {path.name}: the editable report is a .docx, which LibreOffice "
            "Writer opens and can save as .odt"
        )
    return (
        f"impossible d'écrire {path.name} : le compte rendu est un .pdf ou un .docx"
        if lang == "fr"
        else f"cannot write {path.name}: the report is a .pdf or a .docx"
    )


def write_report_file(data: ReportData, path: Path, *, lang: Lang, contacts: bool) -> Path:
    """Write the report to `path`: a PDF for '.pdf', an editable Word document for '.docx'.

    The file is built beside the target and renamed into place (never half written, a file
    already there is left as it was when the build fails), readable by its owner only. An
    unknown suffix raises CatalyseError (in `lang`) and writes nothing.
    """
    reason = refusal(path, lang)
    if reason is not None:
        raise CatalyseError(reason)
    if path.suffix.lower() == ".pdf":
        write_atomically(path, lambda t: build_report(data, t, lang=lang, contacts=contacts))
    else:
        write_atomically(path, lambda t: write_editable_report(data, t, lang, contacts))
    return path


def write_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """Build into a private temporary file beside `target`, then rename it over `target`."""
    folder = target.resolve().parent
    if not folder.is_dir():
        raise CatalyseError(f"{folder}: no such folder")
    handle, temporary = tempfile.mkstemp(prefix=".catalyse-", suffix=target.suffix, dir=folder)
    os.close(handle)  # mkstemp creates it 0600: the report holds names
    try:
        write(Path(temporary))
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
