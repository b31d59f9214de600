"""A phone-sized browser answers the open poll from its banner and joins an open-space session."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import threading
from pathlib import Path
from typing import Any

import pytest

from tests.ui.live.cdp import Browser
from workshop.domain.polls import PollKind
from workshop.ops import open_space as osp
from workshop.ops import polls as pl
from workshop.queries.open_space import open_space_grid
from workshop.queries.polls import poll_results

CHROMIUM = shutil.which("chromium")
MESSAGE = "document.getElementById('message').textContent"


def _answer_and_join(url: str, profile: Path, shots: Path, outcome: dict[str, Any]) -> None:
    browser = Browser(str(CHROMIUM), profile)
    try:
        browser.send("Page.navigate", {"url": url})
        browser.wait_for("!document.getElementById('join-view').hidden")
        browser.type_into("#first-name", "Maëlys")
        browser.type_into("#organisation", "Les Amis du Marché Paysan")
        browser.click("#join-form button[type=submit]")
        outcome["banner"] = browser.wait_for(
            "!document.getElementById('poll-banner').hidden && "
            "document.getElementById('poll-banner-text').textContent"
        )
        browser.screenshot(shots / "phone_poll_banner.png")
        browser.click("#poll-banner-go")
        browser.wait_for("!document.getElementById('poll-view').hidden")
        browser.click("#poll-choices input[type=radio]")
        browser.click("#poll-form button[type=submit]")
        outcome["answered"] = browser.wait_for(f"{MESSAGE}.includes('Réponse') && {MESSAGE}")
        browser.screenshot(shots / "phone_poll.png")
        browser.click("#tab-forum")
        browser.wait_for("document.querySelectorAll('#topics button.vote').length > 0")
        browser.click("#topics button.vote")
        outcome["joined"] = browser.wait_for(f"{MESSAGE}.includes('noté') && {MESSAGE}")
        browser.wait_for("!document.querySelector('#topics button.secondary').hidden")
        browser.screenshot(shots / "phone_forum.png")
    except BaseException as error:
        outcome["error"] = error
        browser.screenshot(shots / "phone_methods_failed.png")
    finally:
        browser.close()
        outcome["done"] = True


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_a_phone_answers_the_poll_from_its_banner_and_joins_a_session(
    live: Any, qtbot: Any, tmp_path: Path
) -> None:
    """The banner names the open poll; its button leads to the answer; the Forum tab lists the
    sessions with "J'y vais"; both reach the desk."""
    service, server = live
    context = service.context
    workshop_id = context.current_workshop_id
    poll = context.apply(
        "p", lambda s: pl.add_poll(s, workshop_id, "Priorité ?", PollKind.CHOICE, ["Vélo", "Bus"])
    )
    context.apply("o", lambda s: pl.open_poll(s, poll.id))
    slot = context.apply("s", lambda s: osp.add_slot(s, workshop_id, dt.time(14), dt.time(15)))
    room = context.apply("r", lambda s: osp.add_room(s, workshop_id, "Préau"))
    topic = context.apply("t", lambda s: osp.propose_topic(s, workshop_id, "Cantines bio"))
    context.apply("x", lambda s: osp.place_topic(s, topic.id, slot.id, room.id))
    shots = Path(os.environ.get("CATALYSE_SHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    outcome: dict[str, Any] = {}
    thread = threading.Thread(
        target=_answer_and_join,
        args=(server.url, tmp_path / "profile", shots, outcome),
        daemon=True,
    )
    thread.start()
    qtbot.waitUntil(lambda: "done" in outcome, timeout=90_000)
    thread.join(timeout=5)
    if "error" in outcome:
        raise outcome["error"]
    assert "Priorité ?" in outcome["banner"]
    assert outcome["answered"] == "Réponse enregistrée."
    service.flush_changes()
    assert [r.phones for r in poll_results(context.store, poll.id).choices] == [1, 0]
    assert open_space_grid(context.store, workshop_id).topics[0].members
