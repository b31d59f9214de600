"""A message in the user's language: each module keeps its French and English sentences in one
dict, key -> (fr, en), and words them here."""

from __future__ import annotations

from collections.abc import Mapping

from workshop.domain.vocabulary import Lang

Words = Mapping[str, tuple[str, str]]


def worded(words: Words, key: str, lang: Lang, **values: object) -> str:
    """The sentence `key` of `words` in `lang`, its {placeholders} filled with `values`."""
    fr, en = words[key]
    text = fr if lang == "fr" else en
    return text.format(**values) if values else text
