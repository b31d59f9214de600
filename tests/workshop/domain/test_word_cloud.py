"""The word cloud: folded words, stop-words removed, counts turned into weights."""

from __future__ import annotations

from workshop.domain.word_cloud import word_cloud, words_of


def test_accents_and_case_are_one_word_shown_as_most_often_written() -> None:
    """ "Mobilité", "mobilite" and "MOBILITÉ" count as one word, shown as "mobilité"."""
    cloud = word_cloud(["Mobilité", "mobilite", "MOBILITÉ", "énergie"])
    assert [(w.text, w.count) for w in cloud] == [("mobilité", 3), ("énergie", 1)]
    assert cloud[0].weight == 1.0 and cloud[1].weight == 0.0


def test_french_and_english_stop_words_and_elisions_are_left_out() -> None:
    """Articles, prepositions and elided forms never make the cloud."""
    assert words_of("L'eau et les jeunes du territoire, the youth of it") == [
        "eau",
        "jeunes",
        "territoire",
        "youth",
    ]


def test_an_answer_counts_a_word_once() -> None:
    """A word repeated in one answer counts for one person."""
    assert [(w.text, w.count) for w in word_cloud(["vélo vélo vélo", "vélo"])] == [("vélo", 2)]
