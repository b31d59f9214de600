"""French typography for the report: no-break spaces where French wants them.

The no-break space is U+00A0: reportlab breaks lines at U+202F (the narrow one), so that one
would not hold anything together on paper.
"""

from __future__ import annotations

import re

from workshop.domain.vocabulary import Lang

NBSP = "\u00a0"
_SPACES = "[ \u00a0\u202f]"

# A run of spaces is matched from its first one only (the look-behind): a text of thousands of
# spaces costs one pass, not one per space.
_BEFORE_COLON = re.compile(r"(?<![ \u00a0\u202f])[ \u00a0\u202f]+:")
_BEFORE_MARK = re.compile(r"(?<=[\w»)\]])[ \u00a0\u202f]*([;!?])")
# "100 %", "100 / % local": the % never starts a line (a space before it becomes a no-break one,
# none is added where none was typed: "100%" stays as typed).
_BEFORE_PERCENT = re.compile(r"(?<![ \u00a0\u202f])[ \u00a0\u202f]+%")
_AFTER_OPEN = re.compile(r"«[ \u00a0\u202f]*")
_BEFORE_CLOSE = re.compile(r"(?<![ \u00a0\u202f])[ \u00a0\u202f]*»")
# A number and what it counts: "12 000 €", "3 jours", "120 m²", "40 paniers", "5 %". The groups
# of thousands typed with spaces ("12 000") are held together too.
_THOUSANDS = re.compile(r"(?<=\d)[ \u202f](?=\d{3}(?!\d))")
_NUMERO = re.compile(r"(?<=[nN]°)[ \u202f]+(?=\d)")  # "n° 3" is one
_NUMBER_UNIT = re.compile(r"(?<=\d)(?<!:\d)(?<!:\d\d)[ \u202f]+(?=[^\W\d_]|[€$£%‰°])")  # not 14:30


# A phone number written in groups ("06 29 51 56 61", "+33 6 29 51 56 61") is one piece.
_PHONE = re.compile(r"(?<![\w+])(?:\+\d{1,3} )?\d{1,4}(?: \d{2,4}){2,5}(?!\w)")


def hold_phone_numbers(text: str) -> str:
    """No-break spaces inside a phone number written in groups: it never breaks over lines."""
    return _PHONE.sub(lambda m: m.group().replace(" ", NBSP), text)


def french_typography(text: str) -> str:
    """French spacing: a no-break space before : ; ! ? % and inside « », between a number and
    its unit (or the groups of its thousands), and after "n°".

    A `:` typed with no space before it (a time, a URL) is left alone; ; ! ? get their space
    only after a letter, a digit or a closing mark, so that `?!` or `!!!` stay together.
    """
    text = _BEFORE_COLON.sub(NBSP + ":", text)
    text = _BEFORE_MARK.sub(NBSP + r"\1", text)
    text = _BEFORE_PERCENT.sub(NBSP + "%", text)
    text = _AFTER_OPEN.sub("«" + NBSP, text)
    text = _BEFORE_CLOSE.sub(NBSP + "»", text)
    text = _THOUSANDS.sub(NBSP, text)
    text = _NUMERO.sub(NBSP, text)
    return _NUMBER_UNIT.sub(NBSP, text)


def typography(text: str, lang: Lang) -> str:
    """The text as printed in `lang`: French spacing in French, as typed in English (a phone
    number held on one line in both)."""
    return french_typography(hold_phone_numbers(text)) if lang == "fr" else hold_phone_numbers(text)
