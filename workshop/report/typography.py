"""French typography for the report: no-break spaces where French wants them."""

from __future__ import annotations

import re

from workshop.domain.vocabulary import Lang

NBSP = "\u00a0"

# A run of spaces is matched from its first one only (the look-behind): a text of thousands of
# spaces costs one pass, not one per space.
_BEFORE_COLON = re.compile(r"(?<![ \u00a0\u202f])[ \u00a0\u202f]+:")
_AFTER_OPEN = re.compile(r"«[ \u00a0\u202f]*")
_BEFORE_CLOSE = re.compile(r"(?<![ \u00a0\u202f])[ \u00a0\u202f]*»")


def french_typography(text: str) -> str:
    """French spacing: a no-break space before : ; ! ? and inside « ».

    A `:` typed with no space before it (a time, a URL) is left alone; ; ! ? get their space
    only after a letter, a digit or a closing mark, so that `?!` or `!!!` stay together.
    """
    text = _BEFORE_COLON.sub(NBSP + ":", text)
    text = re.sub(r"(?<=[\w»)\]])[ \u00a0\u202f]*([;!?])", NBSP + r"\1", text)
    text = _AFTER_OPEN.sub("«" + NBSP, text)
    return _BEFORE_CLOSE.sub(NBSP + "»", text)


def typography(text: str, lang: Lang) -> str:
    return french_typography(text) if lang == "fr" else text
