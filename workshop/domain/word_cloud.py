"""A word cloud from free answers: words folded, stop-words removed, counts turned into sizes.

"Mobilité", "mobilite" and "MOBILITÉ" are one word (the core's fold: accents and case
ignored), shown as it was most often written; French and English stop-words ("de", "la",
"les", "the"…) and elisions ("l'eau" is "eau") are left out; a word's weight (0 to 1) grows
with the square root of its count, so that one word said by everyone does not crush the rest.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from workshop.domain.text import fold, sort_key

# The words of an answer: letters and digits, with inner hyphens ("vivre-ensemble").
_WORD = re.compile(r"[^\W_]+(?:[-‐][^\W_]+)*", re.UNICODE)
# "l'eau", "d'accord", "qu'on": the elided article or pronoun goes.
_ELISION = re.compile(r"^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)


def _listed(text: str) -> frozenset[str]:
    """The words of a list written as text (folded: without accents)."""
    return frozenset(text.split())


FRENCH_STOP_WORDS = _listed(
    """
    a ai aie aient aies ait al alors as au aucun aucune aupres auquel aussi autre autres aux
    auxquelles auxquels avaient avais avait avant avec avez aviez avions avoir avons ayant ayez
    bon c ca car ce ceci cela celle celles celui cependant ces cet cette ceux chaque chez ci
    comme comment d dans de des desquelles desquels dessous dessus deux doit donc dont du duquel
    durant elle elles en encore entre es est et etaient etais etait etant ete etes etiez etions
    etre eu eue eues eumes eurent eus eusse eussent eusses eussiez eussions eut eutes eux fait
    faire fois font furent fus fusse fussent fusses fussiez fussions fut futes hors ici il ils
    j je jusqu l la laquelle le lequel les lesquelles lesquels leur leurs lors lorsque lui m ma
    mais me meme memes mes moi mon moins n ne ni non nos notre nous on ont ou par parce pas peu
    peut plus plutot pour pourquoi puis qu quand que quel quelle quelles quels qui quoi sa sans
    se sera serai seraient serais serait seras serez seriez serions serons seront ses si sien
    sienne soi soient sois soit sommes son sont sous soyez soyons suis sur t ta tandis te tes
    toi ton tous tout toute toutes tres tu un une unes uns vers via voici voila vos votre vous
    y
    """
)
ENGLISH_STOP_WORDS = _listed(
    """
    a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers herself him himself his how i if in into is it its
    itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself
    yourselves
    """
)
STOP_WORDS = FRENCH_STOP_WORDS | ENGLISH_STOP_WORDS
MAX_WORDS = 60  # a cloud larger than this is unreadable from the back of the room


@dataclass(frozen=True)
class CloudWord:
    """A word of the cloud: as shown, how many answers gave it, and its weight (0 to 1)."""

    text: str
    count: int
    weight: float


def words_of(answer: str) -> list[str]:
    """The words of one answer that count (elisions and stop-words removed), as typed."""
    words = []
    for match in _WORD.finditer(answer):
        word = _ELISION.sub("", match.group(0))
        key = fold(word)
        if len(key) < 2 or key in STOP_WORDS or key.isdigit():
            continue
        words.append(word)
    return words


def word_cloud(answers: Iterable[str], limit: int = MAX_WORDS) -> list[CloudWord]:
    """The cloud of a poll's answers: its `limit` most given words, most given first (an
    answer counts a word once), each shown as it was most often written."""
    counts: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    for answer in answers:
        seen: set[str] = set()
        for word in words_of(answer):
            key = fold(word)
            spellings.setdefault(key, Counter())[word.lower()] += 1
            if key not in seen:
                seen.add(key)
                counts[key] += 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], sort_key(kv[0])))[:limit]
    if not ranked:
        return []
    top, low = math.sqrt(ranked[0][1]), math.sqrt(ranked[-1][1])
    spread = top - low
    return [
        CloudWord(
            text=spellings[key].most_common(1)[0][0],
            count=count,
            weight=1.0 if spread == 0 else (math.sqrt(count) - low) / spread,
        )
        for key, count in ranked
    ]
