"""Phones and the methods, through the live HTTP API: a poll answered (once per phone,
changeable while open), open-space topics proposed and sessions joined, each undoable."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.ui.live.conftest import Phone
from ui.context import AppContext
from workshop.domain.polls import PollKind
from workshop.ops import open_space as osp
from workshop.ops import polls as pl
from workshop.queries.open_space import open_space_grid
from workshop.queries.polls import poll_results


def test_a_phone_answers_the_open_poll_once_changes_it_and_is_refused_once_closed(
    context: AppContext, phone: Phone, live: Any
) -> None:
    """The open poll reaches the phones with its choices; a second answer replaces the first;
    a closed poll refuses with "poll_closed" and the page's state no longer offers it."""
    workshop_id = context.current_workshop_id
    assert workshop_id is not None
    poll = context.apply(
        "p", lambda s: pl.add_poll(s, workshop_id, "Priorité ?", PollKind.CHOICE, ["Vélo", "Bus"])
    )
    context.apply("o", lambda s: pl.open_poll(s, poll.id))
    assert phone.join().status == 201
    shown = phone.request("GET", "/api/state").json()["poll"]
    assert shown["question"] == "Priorité ?" and [c["label"] for c in shown["choices"]] == [
        "Vélo",
        "Bus",
    ]
    bike, bus = (c["id"] for c in shown["choices"])
    for n, choice in enumerate((bike, bus)):
        reply = phone.request(
            "POST",
            "/api/polls/answer",
            {"request_id": f"r{n}", "poll_id": poll.id, "choice_id": choice},
        )
        assert reply.status == 201
    live[0].flush_changes()
    results = poll_results(context.store, poll.id)
    assert [(r.choice.label, r.phones) for r in results.choices] == [("Vélo", 0), ("Bus", 1)]
    assert phone.request("GET", "/api/state").json()["poll"]["my_choice"] == bus
    context.apply("c", lambda s: pl.close_poll(s, poll.id))
    closed = phone.request(
        "POST", "/api/polls/answer", {"request_id": "r9", "poll_id": poll.id, "choice_id": bike}
    )
    assert closed.status == 409 and closed.json()["error"] == "poll_closed"
    assert phone.request("GET", "/api/state").json()["poll"] is None


def test_a_phone_proposes_a_topic_it_hosts_and_joins_a_session_the_desk_can_undo(
    context: AppContext, phone: Phone, live: Any
) -> None:
    """A topic sent from a phone waits to be placed with the participant as host; joining a
    session shows on the phone and at the desk; Ctrl+Z at the desk takes the join back."""
    workshop_id = context.current_workshop_id
    assert workshop_id is not None
    context.apply("s", lambda s: osp.add_slot(s, workshop_id, dt.time(14), dt.time(15)))
    assert phone.join("Zoé", "SCOP Cuisine Commune").status == 201
    assert phone.request("GET", "/api/state").json()["open_space"] == {"topics": []}
    proposed = phone.request("POST", "/api/topics", {"request_id": "t1", "title": "Cantine bio"})
    assert proposed.status == 201
    topic_id = proposed.json()["topic_id"]
    joined = phone.request(
        "POST", "/api/topics/join", {"request_id": "j1", "topic_id": topic_id, "join": True}
    )
    assert joined.status == 200 and joined.json()["status"] == "joined"
    topic = phone.request("GET", "/api/state").json()["open_space"]["topics"][0]
    assert topic["title"] == "Cantine bio" and topic["mine"] and topic["joined"]
    assert topic["host"].startswith("Zoé") and topic["count"] == 1
    grid = open_space_grid(context.store, workshop_id)
    assert grid.topics[0].members and grid.topics[0].topic.device
    context.undo_stack.undo()
    assert not open_space_grid(context.store, workshop_id).topics[0].members
    missing = phone.request("POST", "/api/topics", {"request_id": "t2", "title": "  "})
    assert missing.status == 422 and missing.json()["field"] == "title"
