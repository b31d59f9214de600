"""Quick polls and word clouds: a question, its choices or free words, the answers.

A poll is either a single choice (each phone picks one choice; counts typed by hand add to
them) or free words (each phone gives a few words; words typed by hand too), shown as bars or
as a word cloud. One poll of a workshop is open at a time; a phone has one answer per poll,
which it may change while the poll is open.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import NewType

from workshop.domain.records import WorkshopId
from workshop.domain.vocabulary import Lang

PollId = NewType("PollId", int)
ChoiceId = NewType("ChoiceId", int)
AnswerId = NewType("AnswerId", int)

QUESTION_CHARS = 300
CHOICE_CHARS = 120
WORDS_CHARS = 80  # a phone's few words ("mobilité des jeunes")
MAX_CHOICES = 12
MAX_HAND_COUNT = 100_000  # sticker counts or raised hands: a room, not a stadium


class PollKind(StrEnum):
    """A single choice among a few (bars), or free words (a word cloud)."""

    CHOICE = "choice"
    WORDS = "words"

    def label(self, lang: Lang = "fr") -> str:
        fr, en = _KIND_LABELS[self.value]
        return fr if lang == "fr" else en


_KIND_LABELS = {
    "choice": ("Choix unique", "Single choice"),
    "words": ("Mots libres (nuage de mots)", "Free words (word cloud)"),
}


@dataclass(frozen=True, kw_only=True)
class Poll:
    """A poll of a workshop: its question, kind, whether it is open now, and when it opened
    first (None: never opened)."""

    id: PollId = PollId(0)
    workshop_id: WorkshopId
    question: str
    kind: PollKind = PollKind.CHOICE
    is_open: bool = False
    opened_at: dt.datetime | None = None
    position: int = 0


@dataclass(frozen=True, kw_only=True)
class Choice:
    """One choice of a single-choice poll, with the count typed by hand (hands, stickers)."""

    id: ChoiceId = ChoiceId(0)
    poll_id: PollId
    label: str
    position: int = 0
    hand_count: int = 0


@dataclass(frozen=True, kw_only=True)
class Answer:
    """An answer: from a phone (`device`, one per phone and poll) or typed by hand (`device`
    ""): the choice picked, or the words given."""

    id: AnswerId = AnswerId(0)
    poll_id: PollId
    device: str = ""
    choice_id: ChoiceId | None = None
    words: str = ""
    answered_at: dt.datetime | None = None
