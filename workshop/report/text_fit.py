"""Drawing helpers: user text fitted into fixed boxes (wrap, hard-break, ellipsis), shapes."""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

import pyphen  # type: ignore[import-untyped]
from reportlab.graphics.shapes import Group, Rect, String
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from workshop.domain.vocabulary import Lang
from workshop.report.fonts import characters, clean, font_runs, register_fonts

ELLIPSIS = "…"
_WORD = re.compile("[^ ]+")  # words are cut at spaces only: no-break spaces hold them


class _Advances(dict[str, float]):
    """A character's advance in thousandths of the font size; a character met for the first
    time is looked up in the font (or, for the characters only it has, the CJK fallback, as
    `font_runs` draws them) and kept: then one dictionary look-up per character."""

    def __init__(self, font: str) -> None:
        super().__init__()
        self.font = font

    def __missing__(self, char: str) -> float:
        fonts = register_fonts()
        font = self.font
        if (
            fonts.fallback is not None
            and char not in characters(fonts.regular)
            and char in characters(fonts.fallback)
        ):
            font = fonts.fallback
        widths, default = _char_widths(font)
        self[char] = advance = widths.get(ord(char), default)
        return advance


@cache
def _char_widths(font: str) -> tuple[dict[int, float], float]:
    face = pdfmetrics.getFont(font).face  # type: ignore[attr-defined]
    return face.charWidths, face.defaultWidth


@cache
def _measure(font: str) -> _Advances:
    return _Advances(font)


def text_width(text: str, font: str, size: float) -> float:
    """The width of `text` in points (reportlab's own measure, with its tables looked up once)."""
    return 0.001 * size * sum(map(_measure(font).__getitem__, text))


def _fit(text: str, start: int, end: int, measure: _Advances, budget: float) -> tuple[int, float]:
    """Where the characters from `start` stop fitting in `budget` (thousandths of the size), and
    the width they take: only the characters that fit are looked at, so a huge text costs what
    is printed of it."""
    if end - start <= 64:  # a short word: summed at once, the usual case
        used = sum(map(measure.__getitem__, text[start:end]))
        if used <= budget:
            return end, used
    used = 0.0
    for index in range(start, end):
        advance = measure[text[index]]
        if used + advance > budget:
            return index, used
        used += advance
    return end, used


def truncate(text: str, font: str, size: float, width: float) -> str:
    """One line of at most `width` points, ending with an ellipsis when cut."""
    text = " ".join(clean(text).split())
    measure = _measure(font)
    budget = width * 1000 / size
    stop, _ = _fit(text, 0, len(text), measure, budget)
    if stop == len(text):
        return text
    stop, _ = _fit(text, 0, len(text), measure, budget - measure[ELLIPSIS])
    return text[:stop].rstrip() + ELLIPSIS


_LETTERS = re.compile(r"[^\W\d_]+")
_BREAK_AFTER = "-/\u2010\u2013"  # a line may end after these, with no hyphen added
HYPHEN = "-"
LONG_WORD = 12  # letters: in English, a word this long is broken even where French disagrees
MAX_HYPHENATED = 60  # longer "words" (a URL, a pasted row) are broken at the box's edge
PYPHEN_LANGS: dict[Lang, str] = {"fr": "fr_FR", "en": "en_GB"}


@cache
def _hyphenator(lang: Lang) -> pyphen.Pyphen:
    # Two letters at least before a break, three after: "em-", never "étud-es".
    return pyphen.Pyphen(lang=PYPHEN_LANGS[lang], left=2, right=3)


@cache
def hyphenation_points(word: str, lang: Lang) -> tuple[int, ...]:
    """Where `word` may end a line in `lang`: between its syllables (a hyphen is then added)
    and after a hyphen or a slash it holds (none added). Empty for a word too long to be one.
    In English, the breaks French allows too come first: a French text in an English report is
    not broken at English syllables ("act-ives")."""
    if len(word) > MAX_HYPHENATED:
        return ()
    points = {  # "Bourg-|Lise", "agriculture/|alimentation"; never "31/|03/2027" nor "-|5"
        i + 1
        for i, char in enumerate(word[1:-1], start=1)
        if char in _BREAK_AFTER and word[i - 1].isalpha() and word[i + 1].isalpha()
    }
    for match in _LETTERS.finditer(word):
        if match.end() - match.start() >= 5:
            syllables = _positions(match.group(), lang)
            if lang != "fr":  # the board is often French in an English report: where both
                both = syllables & _positions(match.group(), "fr")  # agree ("act-ives" is not)
                syllables = both or (syllables if len(match.group()) >= LONG_WORD else set())
            points.update(match.start() + p for p in syllables)
    return tuple(sorted(p for p in points if 0 < p < len(word)))


def _positions(letters: str, lang: Lang) -> set[int]:
    return set(_hyphenator(lang).positions(letters))


_ADDRESS = re.compile(r"@|://|^www\.", re.IGNORECASE)  # an e-mail or a web address


def syllables(word: str, lang: Lang | None) -> tuple[int, ...]:
    """A word's hyphenation points; none for an address, where a hyphen would change it."""
    if lang is None or len(word) > MAX_HYPHENATED or _ADDRESS.search(word):
        return ()
    return hyphenation_points(word, lang)


def _hyphenate(word: str, room: float, measure: _Advances, lang: Lang | None) -> tuple[str, str]:
    """The longest head of `word` that ends at a syllable (with its hyphen) within `room`
    (thousandths of the size), and the rest; ("", word) when no syllable fits."""
    for point in reversed(syllables(word, lang)):
        head = word[:point] if word[point - 1] in _BREAK_AFTER else word[:point] + HYPHEN
        if sum(map(measure.__getitem__, head)) <= room:
            return head, word[point:]
    return "", word


def fit_lines(
    text: str,
    font: str,
    size: float,
    width: float,
    max_lines: int,
    lang: Lang | None = None,
    *,
    fill: bool = True,
) -> tuple[list[str], bool]:
    """Lines of at most `width` points, at most `max_lines` of them, and whether text was cut.

    Words wrap at spaces; in a `lang`, a word that does not fit is hyphenated between two of its
    syllables (pyphen's dictionaries: "em-placement", never "emplacem-ent"), and only a word
    with no syllable short enough for the box (a pasted URL, a name without spaces) is broken
    where the box ends. With `fill` false (a label), only a word wider than the box is
    hyphenated, not one that would just fill a line. When the text needs more lines, the last
    one ends with '…'. Linear in what is printed: the text after the last line shown is never
    measured.
    """
    measure = _measure(font)
    budget = width * 1000 / size
    space = measure[" "]
    max_lines = max(1, max_lines)
    lines: list[str] = []
    for paragraph in clean(text).split("\n"):
        line, used = "", 0.0
        for match in _WORD.finditer(paragraph):
            start, end = match.span()
            stop, word_width = _fit(paragraph, start, end, measure, budget)
            if stop == end and (not line or used + space + word_width <= budget):
                line = f"{line} {paragraph[start:end]}" if line else paragraph[start:end]
                used = used + space + word_width if used else word_width
                continue
            word = paragraph[start:end]
            # a long "word" (a pasted row) or an address is broken at the edge, never hyphenated
            long_or_address = len(word) > MAX_HYPHENATED or _ADDRESS.search(word)
            word_lang = None if lang is None or long_or_address else lang
            if line:  # the word does not fit after the line: its first syllables may
                head, room = "", budget - used - space
                if fill or stop < end:
                    head, word = _hyphenate(word, room, measure, word_lang)
                if not head and stop < end and not syllables(word, word_lang):
                    # wider than the box and no syllable to break at (a URL): it starts here
                    cut_at, _ = _fit(word, 0, len(word), measure, room)
                    head, word = word[:cut_at], word[cut_at:]
                lines.append(f"{line} {head}" if head else line)
                line, used = "", 0.0
            while len(lines) <= max_lines:
                stop, word_width = _fit(word, 0, len(word), measure, budget)
                if stop == len(word):
                    line, used = word, word_width
                    break
                head, rest = _hyphenate(word, budget, measure, word_lang)
                if not head:  # no syllable fits: broken at the box's edge
                    head, rest = word[: max(stop, 1)], word[max(stop, 1) :]
                lines.append(head)
                word = rest
            if len(lines) > max_lines:
                break
        if line and len(lines) <= max_lines:
            lines.append(line)
        if len(lines) > max_lines:
            break
    if len(lines) <= max_lines:
        return lines, False
    lines = lines[:max_lines]
    lines[-1] = truncate(lines[-1].rstrip() + ELLIPSIS, font, size, width)
    return lines, True


def wrap(
    text: str,
    font: str,
    size: float,
    width: float,
    max_lines: int,
    lang: Lang | None = None,
    *,
    fill: bool = True,
) -> list[str]:
    """Lines of at most `width` points (hyphenated in a `lang`), at most `max_lines`, with '…'."""
    return fit_lines(text, font, size, width, max_lines, lang, fill=fill)[0]


def label(
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    colour: Color = colors.black,
    anchor: Literal["start", "middle", "end"] = "start",
) -> String | Group:
    """A drawing String in the shipped font, with CJK runs in the fallback font when needed."""
    runs = font_runs(text, font)
    if len(runs) == 1:
        return String(
            x, y, text, fontName=runs[0][0], fontSize=size, fillColor=colour, textAnchor=anchor
        )
    total = text_width(text, font, size)
    start = {"start": x, "middle": x - total / 2, "end": x - total}[anchor]
    group = Group()
    for run_font, run in runs:
        group.add(String(start, y, run, fontName=run_font, fontSize=size, fillColor=colour))
        start += text_width(run, run_font, size)
    return group


def draw_text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """Write `text` on a canvas from (x, y), with CJK runs in the fallback font when needed."""
    for run_font, run in font_runs(text, font):
        canvas.setFont(run_font, size)
        canvas.drawString(x, y, run)
        x += text_width(run, run_font, size)


def lighter(colour: str, amount: float) -> Color:
    """A colour mixed with white (amount 0: the colour, 1: white)."""
    base = colors.HexColor(colour)
    return Color(
        base.red + (1 - base.red) * amount,
        base.green + (1 - base.green) * amount,
        base.blue + (1 - base.blue) * amount,
    )


def rect(
    x: float,
    y: float,
    width: float,
    height: float,
    fill: Color | None,
    stroke: Color | None = None,
    stroke_width: float = 0.5,
) -> Rect:
    """A filled rectangle, stroked only when `stroke` is given."""
    shape = Rect(x, y, width, height)
    shape.fillColor = fill
    shape.strokeColor = stroke
    shape.strokeWidth = stroke_width
    return shape
