"""The one accent-and-case fold, for searching and sorting everywhere (screens, report, import).

"Société" folds to "societe", "Œuvre" to "oeuvre", "Søren Øster" to "soren oster": a user who
types without accents, or on a keyboard without "ø", finds the name, and every list sorts it
in the same place.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters that Unicode does not decompose into a base letter and an accent.
_SPELT_OUT = str.maketrans(
    {
        "œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "ß": "ss", "ẞ": "SS",
        "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ł": "l", "Ł": "L", "ı": "i", "þ": "th",
        "Þ": "TH", "ħ": "h", "Ħ": "H", "\u2019": "'", "\u2018": "'",
    }
)  # fmt: skip


def strip_accents(text: str) -> str:
    """Text without its accents ("Société" -> "Societe"), with "œ", "æ", "ø"… spelt out."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPELT_OUT))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Text without accents or case, spaces trimmed: the key to compare and search names."""
    return strip_accents(text).casefold().strip()


def sort_key(text: str) -> str:
    """Alphabetical order ignoring case and accents ("Épicerie" between "E" and "F")."""
    return fold(text)
