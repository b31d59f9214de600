"""Quick poll operations: a question with choices (single choice) or free words (word cloud),
opened and closed for the phones, answered from phones (one answer per phone, changeable while
the poll is open) and by hand (counts typed per choice, words typed); one undoable step each.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from workshop.domain.polls import (
    CHOICE_CHARS,
    MAX_CHOICES,
    MAX_HAND_COUNT,
    QUESTION_CHARS,
    WORDS_CHARS,
    Answer,
    AnswerId,
    Choice,
    ChoiceId,
    Poll,
    PollId,
    PollKind,
)
from workshop.domain.records import WorkshopId
from workshop.domain.text import fold
from workshop.domain.validation import clean_text, one_line
from workshop.domain.vocabulary import Lang
from workshop.domain.wording import worded
from workshop.errors import InvalidInput, NotFound
from workshop.ops import Applied, operation
from workshop.ops.live import LiveRefused
from workshop.storage.store import Store

_MESSAGES: dict[str, tuple[str, str]] = {
    "missing_workshop": ("Cet atelier n'existe plus.", "This workshop no longer exists."),
    "missing_poll": ("Ce sondage n'existe plus.", "This poll no longer exists."),
    "missing_choice": ("Ce choix n'existe plus.", "This choice no longer exists."),
    "missing_answer": ("Cette réponse n'existe plus.", "This answer no longer exists."),
    "question": ("Posez la question du sondage.", "Ask the poll's question."),
    "few_choices": (
        "Un sondage à choix unique propose au moins deux choix.",
        "A single-choice poll offers at least two choices.",
    ),
    "many_choices": (
        "Un sondage propose au plus {n} choix.",
        "A poll offers at most {n} choices.",
    ),
    "same_choice": (
        "Le choix « {label} » est proposé deux fois.",
        "The choice “{label}” is offered twice.",
    ),
    "words_choices": (
        "Un nuage de mots n'a pas de choix : chacun donne ses mots.",
        "A word cloud has no choices: everyone gives their own words.",
    ),
    "count": (
        "Le nombre compté est un entier de 0 à {max}.",
        "The count is a whole number from 0 to {max}.",
    ),
    "no_words": ("Tapez au moins un mot.", "Type at least one word."),
    "not_words": (
        "Ce sondage est à choix unique : comptez les réponses de chaque choix.",
        "This poll is a single choice: count the answers of each choice.",
    ),
    "kind_fixed": (
        "Ce sondage a déjà des réponses : sa forme ne change plus.",
        "This poll has answers already: its kind no longer changes.",
    ),
}


def _refuse(code: str, field: str, lang: Lang, **values: object) -> InvalidInput:
    return InvalidInput(worded(_MESSAGES, code, lang, **values), field)


def _bounded(text: str, limit: int, field: str, lang: Lang) -> str:
    cleaned, too_long = one_line(text, limit, lang)
    if too_long:
        raise InvalidInput(too_long, field)
    return cleaned


def _poll(store: Store, poll_id: PollId, lang: Lang) -> Poll:
    try:
        return store.polls.polls.get(poll_id)
    except NotFound as error:
        raise _refuse("missing_poll", "poll", lang) from error


def _choice(store: Store, choice_id: ChoiceId, lang: Lang) -> Choice:
    try:
        return store.polls.choices.get(choice_id)
    except NotFound as error:
        raise _refuse("missing_choice", "choice", lang) from error


def _checked(
    question: str, kind: PollKind, choices: Sequence[str], lang: Lang
) -> tuple[str, list[str]]:
    """The question and choices as kept, or InvalidInput naming the first field refused."""
    cleaned = _bounded(question, QUESTION_CHARS, "question", lang)
    if not cleaned:
        raise _refuse("question", "question", lang)
    labels = [_bounded(c, CHOICE_CHARS, "choices", lang) for c in choices]
    labels = [label for label in labels if label]
    if kind is PollKind.WORDS:
        if labels:
            raise _refuse("words_choices", "choices", lang)
        return cleaned, []
    if len(labels) < 2:
        raise _refuse("few_choices", "choices", lang)
    if len(labels) > MAX_CHOICES:
        raise _refuse("many_choices", "choices", lang, n=MAX_CHOICES)
    seen: set[str] = set()
    for label in labels:
        if fold(label) in seen:
            raise _refuse("same_choice", "choices", lang, label=label)
        seen.add(fold(label))
    return cleaned, labels


def add_poll(
    store: Store,
    workshop_id: WorkshopId,
    question: str,
    kind: PollKind,
    choices: Sequence[str] = (),
    *,
    lang: Lang = "fr",
) -> Applied[Poll]:
    """The facilitator prepares a poll (closed until opened), last of the workshop's."""
    if store.workshops.count("id = ?", [workshop_id]) == 0:
        raise _refuse("missing_workshop", "workshop", lang)
    cleaned, labels = _checked(question, kind, choices, lang)
    existing = store.polls.polls.of_workshop(workshop_id)
    position = max((p.position for p in existing), default=-1) + 1
    with operation(store) as op:
        poll = store.polls.polls.add(
            Poll(workshop_id=workshop_id, question=cleaned, kind=kind, position=position)
        )
        for index, label in enumerate(labels):
            store.polls.choices.add(Choice(poll_id=poll.id, label=label, position=index))
    return op.applied(poll)


def edit_poll(
    store: Store,
    poll_id: PollId,
    question: str,
    kind: PollKind,
    choices: Sequence[str] = (),
    *,
    lang: Lang = "fr",
) -> Applied[Poll]:
    """The facilitator corrects a poll: its question, its choices in order (a choice keeps its
    answers under its new wording; a choice taken away takes its answers with it). Its kind
    changes only while nobody has answered."""
    poll = _poll(store, poll_id, lang)
    cleaned, labels = _checked(question, kind, choices, lang)
    answered = store.polls.answers.count("poll_id = ?", [poll_id]) > 0 or any(
        c.hand_count for c in store.polls.choices.of_poll(poll_id)
    )
    if kind is not poll.kind and answered:
        raise _refuse("kind_fixed", "kind", lang)
    edited = dataclasses.replace(poll, question=cleaned, kind=kind)
    with operation(store) as op:
        if edited != poll:
            store.polls.polls.update(edited)
        existing = store.polls.choices.of_poll(poll_id)
        for index, label in enumerate(labels):
            if index < len(existing):
                choice = existing[index]
                changed = dataclasses.replace(choice, label=label, position=index)
                if changed != choice:
                    store.polls.choices.update(changed)
            else:
                store.polls.choices.add(Choice(poll_id=poll_id, label=label, position=index))
        for choice in existing[len(labels) :]:
            store.polls.choices.delete(choice.id)
    return op.applied(edited)


def remove_poll(store: Store, poll_id: PollId, *, lang: Lang = "fr") -> Applied[Poll]:
    """The facilitator deletes a poll with its answers (undo puts them back)."""
    poll = _poll(store, poll_id, lang)
    with operation(store) as op:
        store.polls.polls.delete(poll_id)
    return op.applied(poll)


def open_poll(store: Store, poll_id: PollId, *, lang: Lang = "fr") -> Applied[Poll]:
    """The phones may answer this poll now; another poll of the workshop open closes."""
    poll = _poll(store, poll_id, lang)
    opened = dataclasses.replace(
        poll, is_open=True, opened_at=poll.opened_at or dt.datetime.now().replace(microsecond=0)
    )
    with operation(store) as op:
        for other in store.polls.polls.find(
            "workshop_id = ? AND is_open = 1 AND id != ?", [poll.workshop_id, poll_id]
        ):
            store.polls.polls.update(dataclasses.replace(other, is_open=False))
        if opened != poll:
            store.polls.polls.update(opened)
    return op.applied(opened)


def close_poll(store: Store, poll_id: PollId, *, lang: Lang = "fr") -> Applied[Poll]:
    """The phones' answers stop (their results stay; the poll can be opened again)."""
    poll = _poll(store, poll_id, lang)
    closed = dataclasses.replace(poll, is_open=False)
    with operation(store) as op:
        if closed != poll:
            store.polls.polls.update(closed)
    return op.applied(closed)


# ---- by hand -------------------------------------------------------------------------------


def set_hand_count(
    store: Store, choice_id: ChoiceId, count: int, *, lang: Lang = "fr"
) -> Applied[Choice]:
    """The facilitator types how many answered this choice without a phone (hands, stickers);
    the phones' answers are counted besides."""
    choice = _choice(store, choice_id, lang)
    if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= MAX_HAND_COUNT:
        raise _refuse("count", "hand_count", lang, max=MAX_HAND_COUNT)
    changed = dataclasses.replace(choice, hand_count=count)
    with operation(store) as op:
        if changed != choice:
            store.polls.choices.update(changed)
    return op.applied(changed)


_SEPARATORS = re.compile(r"[,;\n\r]+")


def add_hand_words(
    store: Store, poll_id: PollId, typed: str, *, lang: Lang = "fr"
) -> Applied[list[Answer]]:
    """The facilitator types words read from paper: each part between commas, semicolons or
    lines is one answer of the cloud."""
    poll = _poll(store, poll_id, lang)
    if poll.kind is not PollKind.WORDS:
        raise _refuse("not_words", "words", lang)
    parts = [_bounded(part, WORDS_CHARS, "words", lang) for part in _SEPARATORS.split(typed)]
    parts = [part for part in parts if part]
    if not parts:
        raise _refuse("no_words", "words", lang)
    now = dt.datetime.now().replace(microsecond=0)
    with operation(store) as op:
        added = [
            store.polls.answers.add(Answer(poll_id=poll_id, words=part, answered_at=now))
            for part in parts
        ]
    return op.applied(added)


def remove_answer(store: Store, answer_id: AnswerId, *, lang: Lang = "fr") -> Applied[Answer]:
    """The facilitator takes an answer out (a word mistyped, an answer off the subject)."""
    try:
        answer = store.polls.answers.get(answer_id)
    except NotFound as error:
        raise _refuse("missing_answer", "answer", lang) from error
    with operation(store) as op:
        store.polls.answers.delete(answer_id)
    return op.applied(answer)


# ---- from the phones -----------------------------------------------------------------------


def answer_from_phone(
    store: Store,
    workshop_id: WorkshopId,
    poll_id: PollId,
    device: str,
    *,
    choice_id: ChoiceId | None = None,
    words: str = "",
    lang: Lang = "fr",
) -> Applied[Answer]:
    """A phone answers the open poll: one answer per phone, replaced when it answers again
    (while the poll is open). Refused with LiveRefused("poll_closed") once it is closed."""
    found = store.polls.polls.find("id = ? AND workshop_id = ?", [poll_id, workshop_id])
    if not found:
        raise LiveRefused("invalid", "poll_id", lang)
    poll = found[0]
    if not poll.is_open:
        raise LiveRefused("poll_closed", "poll_id", lang)
    if not device:
        raise LiveRefused("not_joined", "", lang)
    if poll.kind is PollKind.CHOICE:
        if (
            choice_id is None
            or store.polls.choices.count("id = ? AND poll_id = ?", [choice_id, poll_id]) == 0
        ):
            raise LiveRefused("invalid", "choice_id", lang)
        words = ""
    else:
        words = " ".join(clean_text(words).split())
        if not words:
            raise LiveRefused("missing", "words", lang)
        if len(words) > WORDS_CHARS:
            raise LiveRefused("too_long", "words", lang)
        choice_id = None
    now = dt.datetime.now().replace(microsecond=0)
    earlier = store.polls.answers.of_device(poll_id, device)
    with operation(store) as op:
        if earlier is None:
            answer = store.polls.answers.add(
                Answer(
                    poll_id=poll_id,
                    device=device,
                    choice_id=choice_id,
                    words=words,
                    answered_at=now,
                )
            )
        else:
            answer = dataclasses.replace(earlier, choice_id=choice_id, words=words, answered_at=now)
            if (earlier.choice_id, earlier.words) != (choice_id, words):
                store.polls.answers.update(answer)
    return op.applied(answer)
