"""French typography, hyphenation and minimum type sizes of the report, as printed on paper."""

from __future__ import annotations

import re
from pathlib import Path

import pyphen
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from tests.workshop.report.conftest import pdf_text
from workshop.report.board import LEADING as CARD_LEADING
from workshop.report.board import SMALL, TEXT_SIZE
from workshop.report.fonts import register_fonts
from workshop.report.styles import data_table, fit_paragraph, styles
from workshop.report.text_fit import fit_lines, hyphenation_points, wrap
from workshop.report.typography import typography

NB = "\u00a0"


def test_no_break_space_before_percent_and_between_number_and_unit() -> None:
    """'100 %', '12 000 €', '3 jours' and '120 m²' hold together in French, as typed in English."""
    fr = typography("100 % local, 12 000 € pour 3 jours et 120 m² ; enfin !", "fr")
    assert fr == f"100{NB}% local, 12{NB}000{NB}€ pour 3{NB}jours et 120{NB}m²{NB}; enfin{NB}!"
    en = "100 % local, 12 000 € for 3 days and 120 m²; at last!"
    assert typography(en, "en") == en
    assert typography("à 14:30 sur https://x.fr", "fr") == "à 14:30 sur https://x.fr"
    assert typography("«zéro déchet»", "fr") == f"«{NB}zéro déchet{NB}»"


def _built_text(tmp_path: Path, text: str, width: float, lang: str = "fr") -> str:
    path = tmp_path / "p.pdf"
    document = SimpleDocTemplate(str(path), pagesize=A4)
    document.build([fit_paragraph(typography(text, lang), width, lang, style=styles(lang).body)])  # type: ignore[arg-type]
    return pdf_text(path)


def test_a_percent_never_starts_a_line_on_paper(tmp_path: Path) -> None:
    """Wrapped in any width, 'Alliance : 100 % local' never leaves the % alone at a line's start."""
    text = "Alliance « Cantines du Val » : 100 % local dans 5 ans, sur 120 m² avec 12 000 €"
    for width in range(60, 260, 7):
        printed = _built_text(tmp_path, text, width)
        lines = [line.strip() for line in printed.splitlines() if line.strip()]
        assert not any(line.startswith(("%", "€", "ans", "m²", ":", "»")) for line in lines), (
            width,
            lines,
        )
        assert "100 % local" in " ".join(printed.split()) or "100 %" in printed


def test_words_break_between_syllables_with_a_hyphen() -> None:
    """A narrow column hyphenates 'em-placement', 'ap-provisionnements', never mid-syllable."""
    font = register_fonts().regular
    words = "emplacement approvisionnements études intercommunalité"
    syllables = pyphen.Pyphen(lang="fr_FR")
    for width in (38.0, 45.0, 52.0, 60.0, 75.0):
        lines, cut = fit_lines(words, font, 9, width, 30, "fr")
        assert not cut
        marked = "".join(line[:-1] + "|" if line.endswith("-") else line + " " for line in lines)
        assert marked.replace("|", "").split() == words.split()  # nothing lost, nothing added
        for word in marked.split():
            breaks = [i - n for n, i in enumerate(m.start() for m in re.finditer(r"\|", word))]
            allowed = syllables.positions(word.replace("|", ""))
            assert (breaks and set(breaks) <= set(allowed)) or not breaks, (width, lines)
        assert "études" in marked.split()  # too short to be broken at all


def test_english_hyphenates_with_english_syllables() -> None:
    """English words break at English syllables: 'spon-sorship', never 'sponsor-sh-ip'."""
    assert hyphenation_points("sponsorship", "en") == (4, 7)
    assert hyphenation_points("emplacement", "fr") == (2, 5, 7)
    assert hyphenation_points("études", "fr") == ()
    assert hyphenation_points("31/03/2027", "fr") == ()
    assert hyphenation_points("Bourg-Lise", "fr") == (6,)


def test_a_word_with_no_syllable_short_enough_is_still_broken_at_the_edge() -> None:
    """A pasted URL longer than the box still prints, broken where the box ends."""
    font = register_fonts().regular
    url = "https://example.org/" + "x" * 80
    lines = wrap(url, font, 9, 60, 30, "fr")
    assert "".join(lines) == url


def test_labels_hyphenate_only_words_wider_than_their_box() -> None:
    """A label wraps whole words ('responsables' on its own line), not 'respon-sables'."""
    font = register_fonts().regular
    lines = wrap("Consommation et production responsables", font, 8, 120, 4, "fr", fill=False)
    assert lines == ["Consommation et production", "responsables"]


def test_report_paragraphs_hyphenate_in_their_language() -> None:
    """Paragraph styles hyphenate with the report's language's dictionary."""
    assert styles("fr").body.hyphenationLang == "fr_FR"
    assert styles("en").cell.hyphenationLang == "en_GB"
    assert styles().body.hyphenationLang == "fr_FR"
    french = styles("fr").cell
    assert fit_paragraph("x", 100, "en", style=french).style is styles("en").cell


def test_nothing_prints_smaller_than_nine_points_or_eight_for_secondary_lines() -> None:
    """Body, tables and board cards are at least 9 pt; notes, authors and captions 8 pt."""
    s = styles()
    assert min(s.body.fontSize, s.cell.fontSize, s.cell_bold.fontSize, TEXT_SIZE) >= 9
    assert min(s.note.fontSize, s.figure_label.fontSize, SMALL) >= 8
    assert CARD_LEADING >= 1.2 * TEXT_SIZE
    table = data_table(["A"], [["texte"]], [100])
    assert [row[0].fontsize for row in table._cellStyles] == [9, 9]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_table_cell_is_hyphenated_in_the_reports_language(lang: str) -> None:
    """A narrow table column breaks its words at syllables, in the report's language."""
    table = data_table(["Quoi"], [["approvisionnements"]], [48], lang=lang)  # type: ignore[arg-type]
    cell = table._cellvalues[1][0]
    assert isinstance(cell, str)
    first = cell.split("\n")[0]
    assert first.endswith("-")
    assert "approvisionnements".startswith(first[:-1])


def test_an_email_or_a_web_address_is_never_hyphenated() -> None:
    """An e-mail or a URL in a narrow column is broken at the edge, never given a hyphen."""
    font = register_fonts().regular
    for text in ("claire.fontaine@valdelise.fr", "https://valdelise.fr/alimentation"):
        lines = wrap(text, font, 9, 50, 10, "fr")
        assert "".join(lines) == text


def test_french_text_in_an_english_report_is_not_broken_at_english_syllables() -> None:
    """The English report keeps a French card's 'actives' whole rather than print 'act-ives'."""
    font = register_fonts().regular
    lines = wrap("Un réseau de 12 AMAP actives et 600 familles", font, 9, 110, 5, "en")
    assert "act-" not in " ".join(lines) and "actives" in " ".join(lines).split()
    assert hyphenation_points("procurement", "en") == (3, 7)  # where both languages agree


def test_a_pasted_row_of_thousands_of_letters_is_not_hyphenated(tmp_path: Path) -> None:
    """A 7,500-letter 'word' in a paragraph prints in a moment (broken at the edge, not tried at
    every syllable by reportlab's hyphenation)."""
    import time

    from workshop.report.styles import para

    word = "Associationintercommunalepourledéveloppementdurable" * 150
    document = SimpleDocTemplate(str(tmp_path / "w.pdf"), pagesize=A4)
    start = time.process_time()
    document.build([para(f"Organisations : {word}.", styles("fr").note)])
    assert time.process_time() - start < 3.0
