"""Whether a typed organisation name is close to a registry one: worth asking, never merged.

"mairie de chateauroux" IS "Mairie de Châteauroux" (the one fold, `workshop.queries.names`). A
close name is something else: "Mairie" beside "Commune de Vatan" (a town hall is its commune),
"CCAS" beside "Centre communal d'action sociale", "Mairie de Chateauroux" beside "Mairie de
Châteauroux Métropole", a typo. Such a name is offered to the facilitator, who says whether it
is the same organisation.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from workshop.domain.text import fold

# Words that name a local authority the same way: a "mairie" is its "commune".
_SAME_WORD = {
    "mairie": "commune",
    "ville": "commune",
    "municipalite": "commune",
    "hotel": "commune",
    "communaute": "communaute",
    "cc": "communaute",
    "asso": "association",
    "assoc": "association",
}
_LINKING_WORDS = frozenset(
    {"a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "pour", "sur"}
)
_WORD = re.compile(r"[a-z0-9]+")
CLOSE_ENOUGH = 0.5


def _words(name: str) -> list[str]:
    """The meaningful words of a name, folded, with synonyms made one ("mairie" is "commune")."""
    return [
        _SAME_WORD.get(word, word)
        for word in _WORD.findall(fold(name))
        if word not in _LINKING_WORDS
    ]


def _initials(name: str) -> str:
    """The first letters of a name's meaningful words ("ccasv" for "CCAS de Vatan" spelt out)."""
    return "".join(word[0] for word in _WORD.findall(fold(name)) if word not in _LINKING_WORDS)


NEAR_SPELLING = 0.85  # only a typo counts as a near spelling


def _near_spelling(a: str, b: str) -> float:
    """How alike two spellings are (0 below NEAR_SPELLING): the quick upper bounds first,
    which rule out most names without the full comparison (a phone's join compares one
    name with every organisation of the registry)."""
    matcher = SequenceMatcher(None, a, b)
    if matcher.real_quick_ratio() < NEAR_SPELLING or matcher.quick_ratio() < NEAR_SPELLING:
        return 0.0
    score = matcher.ratio()
    return score if score >= NEAR_SPELLING else 0.0


def closeness(typed: str, existing: str) -> float:
    """How close two organisation names are, from 0 (unrelated) to 1 (the same once folded)."""
    a, b = fold(" ".join(typed.split())), fold(" ".join(existing.split()))
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    words_a, words_b = set(_words(a)), set(_words(b))
    score = _near_spelling(a, b) if max(len(a), len(b)) < 80 else 0.0
    if words_a and words_b:
        if words_a == words_b:
            score = max(score, 0.95)
        elif len(words_a) == 1 or len(words_b) == 1:
            # One word alone ("Mairie") is close to names that start with it ("Commune de
            # Vatan"), not to those where it is only a qualifier ("SCOP Cuisine Commune").
            (word,) = words_a if len(words_a) == 1 else words_b
            other = _words(b) if len(words_a) == 1 else _words(a)
            if other and other[0] == word:
                score = max(score, 0.8)
        elif words_a <= words_b or words_b <= words_a:
            score = max(score, 0.8)
        else:
            shared = len(words_a & words_b) / len(words_a | words_b)
            score = max(score, shared)
    compact_a, compact_b = a.replace(" ", ""), b.replace(" ", "")
    if len(compact_a) >= 3 and " " not in a and compact_a in (_initials(b), _initials(b)[:-1]):
        score = max(score, 0.9)  # "CCAS" for "Centre communal d'action sociale (de Vatan)"
    if len(compact_b) >= 3 and " " not in b and compact_b in (_initials(a), _initials(a)[:-1]):
        score = max(score, 0.9)
    return score


def is_close(typed: str, existing: str) -> bool:
    """Whether to ask the facilitator if a typed name is this registry organisation."""
    return CLOSE_ENOUGH <= closeness(typed, existing) < 1.0
