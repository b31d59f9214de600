"""A poll's results as the screens, the projector and the report show them: each choice's
count (phones and by hand), or the word cloud of the words given."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from workshop.domain.polls import Answer, Choice, Poll, PollId, PollKind
from workshop.domain.records import WorkshopId
from workshop.domain.word_cloud import CloudWord, word_cloud
from workshop.storage.store import Store


@dataclass(frozen=True)
class ChoiceResult:
    """A choice and how many chose it: from phones, by hand, in all."""

    choice: Choice
    phones: int
    total: int

    @property
    def by_hand(self) -> int:
        return self.choice.hand_count


@dataclass(frozen=True)
class PollResults:
    """A poll with its results: the choices counted, or the cloud of its words."""

    poll: Poll
    choices: tuple[ChoiceResult, ...]
    cloud: tuple[CloudWord, ...]
    answers: tuple[Answer, ...]  # every answer (phones and words typed by hand)

    @property
    def total(self) -> int:
        """How many answered: phones and hands for a choice, answers for words."""
        if self.poll.kind is PollKind.CHOICE:
            return sum(c.total for c in self.choices)
        return len(self.answers)

    @property
    def phones(self) -> int:
        return sum(1 for a in self.answers if a.device)

    def share(self, result: ChoiceResult) -> float:
        """A choice's share of the answers (0 to 1)."""
        return result.total / self.total if self.total else 0.0

    def hand_words(self) -> list[Answer]:
        return [a for a in self.answers if not a.device]


def poll_results(store: Store, poll_id: PollId) -> PollResults:
    poll = store.polls.polls.get(poll_id)
    choices = store.polls.choices.of_poll(poll_id)
    answers = store.polls.answers.of_poll(poll_id)
    phones = Counter(a.choice_id for a in answers if a.choice_id is not None)
    return PollResults(
        poll=poll,
        choices=tuple(
            ChoiceResult(choice=c, phones=phones[c.id], total=phones[c.id] + c.hand_count)
            for c in choices
        ),
        cloud=tuple(word_cloud(a.words for a in answers if a.words))
        if poll.kind is PollKind.WORDS
        else (),
        answers=tuple(answers),
    )


def workshop_polls(store: Store, workshop_id: WorkshopId) -> list[PollResults]:
    """Every poll of a workshop with its results, in their order."""
    return [poll_results(store, p.id) for p in store.polls.polls.of_workshop(workshop_id)]
