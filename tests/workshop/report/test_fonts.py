"""The report's fonts: shipped, registered from the package, and user text made safe."""

from __future__ import annotations

from importlib import resources

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics

from workshop.report.fonts import clean, font_runs, markup, register_fonts


def test_shipped_fonts_and_licence_are_package_data() -> None:
    """The fonts and their licence come with the package (not from the system)."""
    folder = resources.files("catalyse_assets").joinpath("fonts")
    names = {item.name for item in folder.iterdir()}
    assert {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVu-LICENSE.txt"} <= names
    assert "Bitstream" in folder.joinpath("DejaVu-LICENSE.txt").read_text("utf-8")


def test_register_fonts_covers_french_and_cyrillic() -> None:
    """Accents, œ, €, « » and Cyrillic names have real glyphs in the regular and bold faces."""
    fonts = register_fonts()
    for name in (fonts.regular, fonts.bold, fonts.italic):
        face = pdfmetrics.getFont(name).face
        for char in "éèçœŒ€«»\u00a0Жд…":
            assert ord(char) in face.charToGlyph, (name, char)
    assert register_fonts() is fonts


def test_markup_escapes_tags_and_ampersands() -> None:
    """Markup in user text is escaped, so it prints literally and fetches nothing."""
    text = markup('<b>Dupont & Fils</b> <img src="x">')
    assert "<b>" not in text and "<img" not in text
    assert "&lt;b&gt;Dupont &amp; Fils&lt;/b&gt;" in text


def test_markup_switches_to_fallback_for_cjk_when_available() -> None:
    """A CJK name goes to the fallback font when the machine has one, else stays escaped text."""
    fonts = register_fonts()
    text = markup("李 <x>")
    if fonts.fallback:
        assert f'<font face="{fonts.fallback}">李</font>' in text
        assert font_runs("李 Wei", fonts.regular) == [
            (fonts.fallback, "李"),
            (fonts.regular, " Wei"),
        ]
    else:
        assert text.startswith("李")
    assert font_runs("Élodie", fonts.regular) == [(fonts.regular, "Élodie")]


def test_clean_drops_control_characters() -> None:
    """NUL and other control characters never reach the PDF; line breaks are kept."""
    assert clean("a\x00b\x07c\r\nd\te") == "abc\nd e"
    assert markup("a\nb", line_breaks=True) == "a<br/>b"
    assert markup("a\nb") == "a b"


@given(st.text(max_size=300))
@settings(max_examples=150, deadline=None)
def test_any_text_prints_exactly_as_typed(text: str) -> None:
    """Whatever a user types (markup, entities, control characters), a Paragraph prints it as
    typed, control characters aside, and never raises."""
    from reportlab.platypus import Paragraph

    paragraph = Paragraph(markup(text))
    printed = "".join(frag.text for frag in paragraph.frags)
    expected = clean(text).replace("\n", " ")
    assert " ".join(printed.split()) == " ".join(expected.split())
