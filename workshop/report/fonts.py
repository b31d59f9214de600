"""The report's Unicode fonts (DejaVu Sans, shipped in assets/fonts) registered with reportlab.

DejaVu Sans covers Latin (é œ € « »), Greek, Cyrillic and basic Arabic letters. It has no CJK
glyphs, and shipping a CJK font would add 4 to 20 MB: instead, a CJK-capable TrueType font
already on the machine (Droid Sans Fallback, WenQuanYi, Microsoft YaHei, Arial Unicode…) is
registered as a fallback when one is found, and `markup()` / `font_runs()` switch to it for
the characters DejaVu lacks. Without one, such characters print as DejaVu's missing-glyph box.
reportlab does no bidi nor Arabic shaping: Arabic names print as isolated letters, left to right.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_SHIPPED = {
    "CatalyseSans": "DejaVuSans.ttf",
    "CatalyseSans-Bold": "DejaVuSans-Bold.ttf",
    "CatalyseSans-Oblique": "DejaVuSans-Oblique.ttf",
}
FALLBACK_NAME = "CatalyseFallback"

# TrueType-outline fonts with CJK coverage, where common systems put them (CFF .otf/.ttc fonts
# such as Noto Sans CJK cannot be embedded by reportlab, so they are not listed).
FALLBACK_CANDIDATES = (
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/droid/DroidSansFallback.ttf",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simsun.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
)


@dataclass(frozen=True)
class FontNames:
    """The reportlab names of the registered faces (use them in styles and on canvases)."""

    regular: str
    bold: str
    italic: str
    bold_italic: str
    fallback: str | None


@cache
def register_fonts() -> FontNames:
    """Register the shipped fonts (once per process) and a system CJK fallback if present."""
    for name, filename in _SHIPPED.items():
        data = resources.files("catalyse_assets").joinpath("fonts", filename).read_bytes()
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
    family = "CatalyseSans"
    addMapping(family, 0, 0, "CatalyseSans")
    addMapping(family, 1, 0, "CatalyseSans-Bold")
    addMapping(family, 0, 1, "CatalyseSans-Oblique")
    addMapping(family, 1, 1, "CatalyseSans-Bold")
    return FontNames(
        regular="CatalyseSans",
        bold="CatalyseSans-Bold",
        italic="CatalyseSans-Oblique",
        bold_italic="CatalyseSans-Bold",
        fallback=_register_fallback(),
    )


def _register_fallback() -> str | None:
    for candidate in FALLBACK_CANDIDATES:
        path = Path(candidate)
        if not path.is_file():
            continue
        try:
            pdfmetrics.registerFont(TTFont(FALLBACK_NAME, str(path), subfontIndex=0))
        except Exception:  # an unreadable or unsupported font file: try the next one
            continue
        addMapping(FALLBACK_NAME, 0, 0, FALLBACK_NAME)
        addMapping(FALLBACK_NAME, 1, 0, FALLBACK_NAME)
        addMapping(FALLBACK_NAME, 0, 1, FALLBACK_NAME)
        addMapping(FALLBACK_NAME, 1, 1, FALLBACK_NAME)
        return FALLBACK_NAME
    return None


@cache
def characters(font_name: str) -> frozenset[str]:
    """The characters a registered TrueType font has a glyph for."""
    face = pdfmetrics.getFont(font_name).face  # type: ignore[attr-defined]
    return frozenset(map(chr, face.charToGlyph))


def _needs_fallback(char: str, fonts: FontNames) -> bool:
    return (
        fonts.fallback is not None
        and char not in characters(fonts.regular)
        and char in characters(fonts.fallback)
    )


def _all_shipped(text: str, fonts: FontNames) -> bool:
    """Whether DejaVu draws every character (or no fallback could do better): the usual case."""
    return fonts.fallback is None or characters(fonts.regular).issuperset(text)


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")


def clean(text: str) -> str:
    """Text without the control characters a PDF or an XML parser cannot take (tab -> space)."""
    return _CONTROL.sub("", text.replace("\t", " ").replace("\r\n", "\n").replace("\r", "\n"))


def font_runs(text: str, preferred: str) -> list[tuple[str, str]]:
    """`text` cut into (font, run) pieces: `preferred` where DejaVu has the glyphs, the CJK
    fallback (when the machine has one) for the characters only it has."""
    fonts = register_fonts()
    if not text or _all_shipped(text, fonts):
        return [(preferred, text)]
    runs: list[tuple[str, str]] = []
    current: list[str] = []
    current_fallback = False
    for char in text:
        fallback = _needs_fallback(char, fonts)
        if current and fallback != current_fallback:
            runs.append((fonts.fallback if current_fallback else preferred, "".join(current)))  # type: ignore[arg-type]
            current = []
        current.append(char)
        current_fallback = fallback
    runs.append((fonts.fallback if current_fallback else preferred, "".join(current)))  # type: ignore[arg-type]
    return runs


def markup(text: str, *, line_breaks: bool = False) -> str:
    """User text made safe for a reportlab Paragraph: XML-escaped, CJK runs in the fallback.

    Markup such as `<b>` or `<img src=…>` prints literally; with `line_breaks`, the text's
    line breaks are kept, otherwise they become spaces.
    """
    text = clean(text)
    if not line_breaks:
        text = text.replace("\n", " ")
    parts = []
    for font, run in font_runs(text, ""):
        escaped = escape(run, {'"': "&quot;"}).replace("\n", "<br/>")
        parts.append(f'<font face="{font}">{escaped}</font>' if font else escaped)
    return "".join(parts)
