"""Quick poll operations: preparing, opening, answering from phones and by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from workshop.domain.polls import PollKind
from workshop.domain.records import Workshop
from workshop.errors import InvalidInput
from workshop.ops import polls as ops
from workshop.ops import revert
from workshop.ops.workshops import create_workshop
from workshop.queries.polls import poll_results
from workshop.storage.store import Store


@pytest.fixture
def workshop(store: Store) -> Workshop:
    return create_workshop(store, Workshop(title="Atelier", date=dt.date(2026, 3, 12))).result


def test_a_choice_poll_needs_two_distinct_choices_and_a_word_cloud_none(
    store: Store, workshop: Workshop
) -> None:
    """A single-choice poll with one choice, or the same choice twice, is refused; a word cloud
    refuses choices."""
    with pytest.raises(InvalidInput, match="deux choix"):
        ops.add_poll(store, workshop.id, "Priorité ?", PollKind.CHOICE, ["Vélo", ""])
    with pytest.raises(InvalidInput, match="deux fois"):
        ops.add_poll(store, workshop.id, "Priorité ?", PollKind.CHOICE, ["Vélo", "velo"])
    with pytest.raises(InvalidInput):
        ops.add_poll(store, workshop.id, "Un mot ?", PollKind.WORDS, ["a"])
    assert store.polls.polls.count() == 0


def test_a_phone_has_one_answer_per_poll_changed_while_open_and_refused_once_closed(
    store: Store, workshop: Workshop
) -> None:
    """A phone answering again changes its answer (never counts twice); after the poll closes
    its answer is refused; hand counts add to the phones'."""
    poll = ops.add_poll(store, workshop.id, "Priorité ?", PollKind.CHOICE, ["Vélo", "Bus"]).result
    bike, bus = store.polls.choices.of_poll(poll.id)
    with pytest.raises(InvalidInput):
        ops.answer_from_phone(store, workshop.id, poll.id, "d1", choice_id=bike.id)
    ops.open_poll(store, poll.id)
    ops.answer_from_phone(store, workshop.id, poll.id, "d1", choice_id=bike.id)
    ops.answer_from_phone(store, workshop.id, poll.id, "d1", choice_id=bus.id)
    ops.answer_from_phone(store, workshop.id, poll.id, "d2", choice_id=bus.id)
    ops.set_hand_count(store, bike.id, 5)
    results = poll_results(store, poll.id)
    assert [(r.choice.label, r.phones, r.total) for r in results.choices] == [
        ("Vélo", 0, 5),
        ("Bus", 2, 2),
    ]
    assert results.total == 7
    ops.close_poll(store, poll.id)
    with pytest.raises(InvalidInput) as closed:
        ops.answer_from_phone(store, workshop.id, poll.id, "d3", choice_id=bike.id)
    assert getattr(closed.value, "code", "") == "poll_closed"


def test_opening_a_poll_closes_the_other_open_one(store: Store, workshop: Workshop) -> None:
    """Only one poll is open for the phones at a time."""
    first = ops.add_poll(store, workshop.id, "Un mot ?", PollKind.WORDS).result
    second = ops.add_poll(store, workshop.id, "Deux mots ?", PollKind.WORDS).result
    ops.open_poll(store, first.id)
    ops.open_poll(store, second.id)
    assert store.polls.polls.open_one(workshop.id) == store.polls.polls.get(second.id)
    assert not store.polls.polls.get(first.id).is_open


def test_words_typed_by_hand_split_on_commas_feed_the_cloud_and_undo_takes_them_back(
    store: Store, workshop: Workshop
) -> None:
    """Words read from paper, typed with commas, are one answer each in the cloud (accents and
    stop-words folded away); one undo removes the whole typing."""
    poll = ops.add_poll(store, workshop.id, "Un mot ?", PollKind.WORDS).result
    ops.open_poll(store, poll.id)
    ops.answer_from_phone(store, workshop.id, poll.id, "d1", words="La Mobilité")
    typed = ops.add_hand_words(store, poll.id, "mobilite, l'énergie; les jeunes")
    cloud = poll_results(store, poll.id).cloud
    assert [(w.text, w.count) for w in cloud][:1] == [("mobilité", 2)]
    assert {w.text for w in cloud} == {"mobilité", "énergie", "jeunes"}
    assert typed.undo is not None
    revert(store, typed.undo)
    assert [w.text for w in poll_results(store, poll.id).cloud] == ["mobilité"]


def test_a_hand_count_must_be_a_whole_number_in_range(store: Store, workshop: Workshop) -> None:
    """A negative or huge count is refused, in the user's language."""
    poll = ops.add_poll(store, workshop.id, "Oui ?", PollKind.CHOICE, ["Oui", "Non"]).result
    yes = store.polls.choices.of_poll(poll.id)[0]
    with pytest.raises(InvalidInput, match="whole number"):
        ops.set_hand_count(store, yes.id, -1, lang="en")
