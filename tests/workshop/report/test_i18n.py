"""French and English formats of the report: dates, numbers, typography."""

from __future__ import annotations

import datetime as dt

from workshop.report.i18n import (
    LABELS,
    format_date,
    format_number,
    format_quantity,
    tr,
)
from workshop.report.typography import french_typography

NB = "\u00a0"


def test_dates_read_as_words() -> None:
    """Dates print as '26 novembre 2026' / '1er mai 2026' and '26 November 2026'."""
    assert format_date(dt.date(2026, 11, 26), "fr") == f"26{NB}novembre{NB}2026"
    assert format_date(dt.date(2026, 5, 1), "fr") == f"1er{NB}mai{NB}2026"
    assert format_date(dt.date(2026, 11, 26), "en") == f"26{NB}November{NB}2026"
    assert format_date(None, "fr") == ""


def test_french_punctuation_gets_no_break_spaces() -> None:
    """A no-break space comes before : ; ! ? and inside « », never inside times or URLs."""
    assert french_typography("Pourquoi ? Parce que !") == f"Pourquoi{NB}? Parce que{NB}!"
    assert french_typography("Note : voir;") == f"Note{NB}: voir{NB};"
    assert french_typography("«zéro»") == f"«{NB}zéro{NB}»"
    assert french_typography("à 14:30 sur https://x.fr") == "à 14:30 sur https://x.fr"
    assert french_typography("Quoi ?!") == f"Quoi{NB}?!"


def test_numbers_and_quantities() -> None:
    """Thousands and decimals follow the language; units are translated in English."""
    assert format_number(41500, "fr") == f"41{NB}500"
    assert format_number(1234.5, "fr") == f"1{NB}234,5"
    assert format_number(1234.5, "en") == "1,234.5"
    assert format_quantity(12.0, "heures", "en") == f"12{NB}hours"
    assert format_quantity(None, "€", "fr") == ""


def test_amounts_read_as_each_language_writes_them() -> None:
    """'4 500 €' and '1 étude' in French; '€41,500', '1 study' and '1 hour' in English."""
    assert format_quantity(4500, "€", "fr") == f"4{NB}500{NB}€"
    assert format_quantity(41500, "€", "en") == "€41,500"
    assert format_quantity(1, "études", "fr") == f"1{NB}étude"
    assert format_quantity(1, "études", "en") == f"1{NB}study"
    assert format_quantity(1, "heures", "en") == f"1{NB}hour"
    assert format_quantity(2, "études", "fr") == f"2{NB}études"


def test_every_label_exists_in_both_languages() -> None:
    """No label is missing or left empty in either language."""
    for key, (fr, en) in LABELS.items():
        assert fr and en, key
        assert tr(key, "en") == en
