"""A real phone-sized browser joins through the QR address, posts, votes and commits."""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from tests.ui.live.cdp import Browser
from workshop.domain.changes import Area, Changes
from workshop.storage.board import VoteRound

CHROMIUM = shutil.which("chromium")
# The last card of the vote list (the list is grouped zone by zone).
LAST_VOTE_ROW = "Array.from(document.querySelectorAll('#vote-zones li')).at(-1)"


def _join(browser: Browser, url: str, first_name: str, organisation: str) -> None:
    """Open the QR address and join as the page asks: first name, organisation, Rejoindre."""
    browser.send("Page.navigate", {"url": url})
    browser.wait_for("!document.getElementById('join-view').hidden")
    browser.type_into("#first-name", first_name)
    browser.type_into("#organisation", organisation)
    browser.click("#join-form button[type=submit]")
    browser.wait_for("!document.getElementById('main-view').hidden")


def _drive_phone(url: str, profile: Path, shots: Path, outcome: dict[str, Any]) -> None:
    """What a participant does on their phone, through the page's own buttons."""
    browser = Browser(str(CHROMIUM), profile)
    try:
        browser.send("Page.navigate", {"url": url})
        browser.wait_for("!document.getElementById('join-view').hidden")
        browser.screenshot(shots / "phone_join.png")
        browser.type_into("#first-name", "Maëlys")
        browser.type_into("#organisation", "Les Amis du Marché Paysan")
        browser.click("#join-form button[type=submit]")
        browser.wait_for("!document.getElementById('main-view').hidden")
        browser.type_into("#card-text", "Un marché de producteurs <b>chaque</b> samedi")
        browser.click("#card-form button[type=submit]")
        outcome["card_message"] = browser.wait_for(
            "!document.getElementById('message').hidden && "
            "document.getElementById('message').textContent"
        )
        browser.screenshot(shots / "phone_card.png")
        outcome["card_posted"] = True  # the test now makes the server forget this phone
        deadline = time.monotonic() + 10
        while "forgotten" not in outcome and time.monotonic() < deadline:
            time.sleep(0.05)
        browser.click("#tab-vote")
        browser.wait_for("document.querySelectorAll('#vote-zones button.vote').length > 0")
        browser.evaluate(f"{LAST_VOTE_ROW}.querySelector('button.vote').click()")
        outcome["votes_left"] = browser.wait_for(
            "document.getElementById('message').textContent.includes('Vote') && "
            "document.getElementById('votes-left').textContent"
        )
        browser.screenshot(shots / "phone_vote.png")
        browser.click("#tab-commit")
        browser.type_into("#commit-text", "Un stand gratuit pour l'épicerie solidaire")
        browser.evaluate("document.getElementById('resource').value = 'materiel'")
        browser.type_into("#quantity", "12")
        browser.evaluate("document.getElementById('due-date').value = '2099-06-30'")
        browser.click("#commit-form button[type=submit]")
        outcome["commit_message"] = browser.wait_for(
            "document.getElementById('message').textContent.includes('engagement')"
            " && document.getElementById('message').textContent"
        )
        browser.screenshot(shots / "phone_commit.png")
    except BaseException as error:
        outcome["error"] = error
        browser.screenshot(shots / "phone_failed.png")
    finally:
        browser.close()
        outcome["done"] = True


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_a_phone_browser_joins_posts_votes_and_proposes(
    live: Any, qtbot: Any, tmp_path: Path
) -> None:
    """Headless Chromium at 390x844 opens the QR address, joins, posts a card that lands on
    the board, votes (joining again by itself once the server forgot it), and proposes a
    commitment that the facilitator then accepts."""
    service, server = live
    context = service.context
    store = context.store
    workshop_id = context.current_workshop_id
    store.board.rounds.add(VoteRound(workshop_id=workshop_id, votes_per_person=3))
    context.notify(Changes.of(Area.BOARD))
    shots = Path(os.environ.get("CATALYSE_SHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    outcome: dict[str, Any] = {}
    thread = threading.Thread(
        target=_drive_phone, args=(server.url, tmp_path / "profile", shots, outcome), daemon=True
    )
    thread.start()
    qtbot.waitUntil(lambda: "card_posted" in outcome or "done" in outcome, timeout=60_000)
    service.session.devices.clear()  # as after a restart: the phone must join again by itself
    outcome["forgotten"] = True
    qtbot.waitUntil(lambda: "done" in outcome, timeout=90_000)
    thread.join(timeout=5)
    if "error" in outcome:
        raise outcome["error"]
    assert "au tableau" in outcome["card_message"]
    (card,) = store.board.cards.find("source = 'phone'")
    assert card.text == "Un marché de producteurs <b>chaque</b> samedi"
    assert store.people.get(card.person_id).first_name == "Maëlys"
    assert "2 sur 3" in outcome["votes_left"]
    assert len(service.session.devices) == 1
    (pending,) = service.session.inbox.items()
    assert pending.text == "Un stand gratuit pour l'épicerie solidaire"
    assert service.accept(pending.id)
    (commitment,) = store.commitments.find("description = ?", [pending.text])
    assert (commitment.quantity, commitment.unit) == (12.0, "objets")
    assert (shots / "phone_commit.png").stat().st_size > 10_000


def _join_with_a_new_organisation(url: str, profile: Path, outcome: dict[str, Any]) -> None:
    """A participant types an organisation the registry does not know, then says its kind."""
    browser = Browser(str(CHROMIUM), profile)
    try:
        browser.send("Page.navigate", {"url": url})
        browser.wait_for("!document.getElementById('join-view').hidden")
        browser.type_into("#first-name", "Zoé")
        browser.type_into("#organisation", "Collectif des Jardins Neufs")
        browser.click("#join-form button[type=submit]")
        outcome["asked"] = browser.wait_for(
            "!document.getElementById('kind-row').hidden && "
            "document.getElementById('message').textContent"
        )
        browser.click("#join-form button[type=submit]")  # no kind guessed for them
        outcome["without_kind"] = browser.wait_for(
            "document.getElementById('message').textContent.includes('type de votre') && "
            "document.getElementById('message').textContent"
        )
        outcome["kind_focused"] = browser.evaluate("document.activeElement.id")
        browser.evaluate("document.getElementById('organisation-kind').value = 'citoyen'")
        browser.click("#join-form button[type=submit]")
        browser.wait_for("!document.getElementById('main-view').hidden")
        browser.type_into("#card-text", "Des bacs partagés")
        browser.click("#card-form button[type=submit]")
        browser.wait_for("document.getElementById('message').textContent.includes('tableau')")
    except BaseException as error:
        outcome["error"] = error
    finally:
        browser.close()
        outcome["done"] = True


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_a_phone_names_the_kind_of_an_organisation_the_registry_does_not_know(
    live: Any, qtbot: Any, tmp_path: Path
) -> None:
    """An unknown organisation makes the page ask for its kind; it is added with that kind."""
    from workshop.domain.vocabulary import OrganisationKind

    service, server = live
    store = service.context.store
    outcome: dict[str, Any] = {}
    thread = threading.Thread(
        target=_join_with_a_new_organisation,
        args=(server.url, tmp_path / "profile", outcome),
        daemon=True,
    )
    thread.start()
    qtbot.waitUntil(lambda: "done" in outcome, timeout=90_000)
    thread.join(timeout=5)
    if "error" in outcome:
        raise outcome["error"]
    assert "choisissez son type" in outcome["asked"]
    assert outcome["without_kind"].startswith("Type d'organisation")  # the field is named
    assert outcome["kind_focused"] == "organisation-kind"
    (organisation,) = store.organisations.find("name = 'Collectif des Jardins Neufs'")
    assert organisation.kind == OrganisationKind.CITOYEN
    (card,) = store.board.cards.find("source = 'phone'")
    assert card.organisation_id == organisation.id


def _join_and_commit_an_amount(
    url: str, profile: Path, shots: Path, outcome: dict[str, Any]
) -> None:
    """A participant joins, types a wrong amount, is told which field, then types "1.500"."""
    browser = Browser(str(CHROMIUM), profile)
    try:
        _join(browser, url, "Ysaline", "scop cuisine commune")
        outcome["hello"] = browser.wait_for("document.getElementById('hello').textContent")
        browser.click("#tab-commit")
        browser.type_into("#commit-text", "Une subvention de démarrage")
        browser.evaluate("document.getElementById('resource').value = 'financier'")
        browser.type_into("#quantity", "1.5.6")
        browser.click("#commit-form button[type=submit]")
        outcome["refused"] = browser.wait_for(
            "document.getElementById('message').classList.contains('error') && "
            "document.getElementById('message').textContent"
        )
        outcome["focused"] = browser.evaluate("document.activeElement.id")
        browser.screenshot(shots / "phone_quantity_refused.png")
        browser.evaluate("document.getElementById('quantity').value = ''")
        browser.type_into("#quantity", "1.500")
        browser.click("#commit-form button[type=submit]")
        outcome["sent"] = browser.wait_for(
            "document.getElementById('message').textContent.includes('engagement')"
            " && document.getElementById('message').textContent"
        )
    except BaseException as error:
        outcome["error"] = error
        browser.screenshot(shots / "phone_failed.png")
    finally:
        browser.close()
        outcome["done"] = True


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_a_phone_participant_is_present_and_their_amount_is_the_one_typed(
    live: Any, qtbot: Any, tmp_path: Path
) -> None:
    """A participant who joins from a phone is counted present "via téléphone"; "1.500" typed
    in the commitment's quantity is 1 500 €, and a quantity that is not a number is refused
    with the field named and focused."""
    from workshop.domain.records import CHECKED_IN_BY_PHONE

    service, server = live
    context = service.context
    store = context.store
    shots = Path(os.environ.get("CATALYSE_SHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    outcome: dict[str, Any] = {}
    thread = threading.Thread(
        target=_join_and_commit_an_amount,
        args=(server.url, tmp_path / "profile", shots, outcome),
        daemon=True,
    )
    thread.start()
    qtbot.waitUntil(lambda: "done" in outcome, timeout=90_000)
    thread.join(timeout=5)
    if "error" in outcome:
        raise outcome["error"]
    (ysaline,) = store.people.find("first_name = 'Ysaline'")
    attendance = store.attendance.get(context.current_workshop_id, ysaline.id)
    assert attendance.present and attendance.checked_in_via == CHECKED_IN_BY_PHONE
    assert outcome["hello"] == "Bonjour Ysaline (SCOP Cuisine Commune)"  # the registry's
    assert outcome["refused"].startswith("Quantité")
    assert outcome["focused"] == "quantity"
    (pending,) = service.session.inbox.items()
    assert service.accept(pending.id)
    (commitment,) = store.commitments.find("description = 'Une subvention de démarrage'")
    assert (commitment.quantity, commitment.unit) == (1500.0, "€")


def _post_while_the_desk_is_busy(url: str, profile: Path, outcome: dict[str, Any]) -> None:
    """A participant sends a card while the desk is busy, and sends it again if told to."""
    browser = Browser(str(CHROMIUM), profile)
    message = (
        "!document.getElementById('message').hidden && "
        "document.getElementById('message').textContent"
    )
    try:
        _join(browser, url, "Anouk", "SCOP Cuisine Commune")
        browser.type_into("#card-text", "Une idée envoyée pendant un moment chargé")
        browser.click("#card-form button[type=submit]")
        said = browser.wait_for(message)
        outcome["first"] = said
        if "tableau" not in said:  # "Réessayez": the participant presses Send again
            browser.evaluate("document.getElementById('message').hidden = true")
            browser.click("#card-form button[type=submit]")
            said = browser.wait_for(message)
        outcome["said"] = said
    except BaseException as error:
        outcome["error"] = error
    finally:
        browser.close()
        outcome["done"] = True


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_a_card_sent_while_the_desk_is_busy_is_on_the_board_once(
    live: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    """The desk answers a card after the phone was told "busy" (503): the page sends it
    again with the same request id and is told it is on the board; the board has it once."""
    from workshop.live import serving

    service, server = live
    store = service.context.store
    monkeypatch.setattr(serving, "ANSWER_TIMEOUT_S", 0.5)
    respond = service.respond_later
    slowed: list[bool] = []

    def slow_once(request: Any) -> Any:
        if request.path == "/api/cards" and not slowed:
            slowed.append(True)
            time.sleep(1.2)  # the phone is told 503 meanwhile; the card is then published
        return respond(request)

    monkeypatch.setattr(service, "respond_later", slow_once)
    outcome: dict[str, Any] = {}
    thread = threading.Thread(
        target=_post_while_the_desk_is_busy,
        args=(server.url, tmp_path / "profile", outcome),
        daemon=True,
    )
    thread.start()
    qtbot.waitUntil(lambda: "done" in outcome, timeout=90_000)
    thread.join(timeout=5)
    if "error" in outcome:
        raise outcome["error"]
    assert slowed
    assert "au tableau" in outcome["said"]
    text = "Une idée envoyée pendant un moment chargé"
    assert store.board.cards.count("text = ?", [text]) == 1


def _next_poll_after(browser: Browser, outcome: dict[str, Any], flag: str) -> None:
    """Once the desk has done its part (`flag`), run the page's next poll at once (it would
    come within 4 s)."""
    deadline = time.monotonic() + 30
    while flag not in outcome and time.monotonic() < deadline:
        time.sleep(0.02)
    browser.evaluate("refresh()")


def _lose_the_zone_while_typing(
    url: str, profile: Path, shots: Path, outcome: dict[str, Any]
) -> None:
    """A participant picks the second zone and types an idea; the facilitator closes that zone."""
    browser = Browser(str(CHROMIUM), profile)
    try:
        browser.send("Page.navigate", {"url": url})
        browser.wait_for("!document.getElementById('join-view').hidden")
        outcome["told_before_joining"] = browser.evaluate(
            "document.getElementById('explain').textContent + ' ' +"
            " document.getElementById('join-intro').textContent + ' ' +"
            " document.getElementById('privacy').textContent"
        )
        _join(browser, url, "Noam", "scop cuisine commune")
        browser.evaluate(
            "(() => { const z = document.getElementById('zone'); z.selectedIndex = 1;"
            " z.dispatchEvent(new Event('change')); })()"
        )
        outcome["zone_name"] = browser.evaluate(
            "document.getElementById('zone').selectedOptions[0].textContent"
        )
        browser.type_into("#card-text", "Un jardin partagé derrière la mairie")
        outcome["typed"] = True
        _next_poll_after(browser, outcome, "closed")
        outcome["told"] = browser.wait_for(
            "document.getElementById('message').textContent.includes('fermée') && "
            "document.getElementById('message').textContent",
            timeout=15,
        )
        outcome["zone_after"] = browser.evaluate("document.getElementById('zone').value")
        browser.screenshot(shots / "phone_zone_closed.png")
        browser.click("#card-form button[type=submit]")
        outcome["refused"] = browser.evaluate("document.getElementById('message').textContent")
        browser.evaluate(
            "(() => { const z = document.getElementById('zone'); z.selectedIndex = 1;"
            " z.dispatchEvent(new Event('change')); })()"
        )
        browser.click("#card-form button[type=submit]")
        outcome["sent"] = browser.wait_for(
            "document.getElementById('message').textContent.includes('tableau') && "
            "document.getElementById('message').textContent"
        )
    except BaseException as error:
        outcome["error"] = error
        browser.screenshot(shots / "phone_failed.png")
    finally:
        browser.close()
        outcome["done"] = True


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_an_idea_whose_zone_closed_is_never_filed_in_another_zone(
    live: Any, qtbot: Any, tmp_path: Path
) -> None:
    """When the facilitator closes the zone a participant chose while they type, the page says
    so and chooses no zone (it fell back to the first one, so a second tap filed the idea in
    the wrong zone); the idea goes where the participant then picks. In an anonymous workshop
    the page says, before they join, that their cards are shown and printed without a name."""
    from workshop.ops.live import set_workshop_anonymous

    service, server = live
    store = service.context.store
    workshop_id = service.context.current_workshop_id
    service.context.apply(
        "Anonyme", lambda s: set_workshop_anonymous(s, workshop_id, anonymous=True)
    )
    zones = [z for z in store.board.zones.of_workshop(service.context.current_workshop_id)]
    shots = Path(os.environ.get("CATALYSE_SHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    outcome: dict[str, Any] = {}
    thread = threading.Thread(
        target=_lose_the_zone_while_typing,
        args=(server.url, tmp_path / "profile", shots, outcome),
        daemon=True,
    )
    thread.start()
    qtbot.waitUntil(lambda: "typed" in outcome or "done" in outcome, timeout=60_000)
    chosen = next(z for z in zones if z.name == outcome.get("zone_name"))
    service.set_zone_open(chosen.id, False)
    outcome["closed"] = True
    qtbot.waitUntil(lambda: "done" in outcome, timeout=90_000)
    thread.join(timeout=5)
    if "error" in outcome:
        raise outcome["error"]
    assert chosen.name in outcome["told"]
    assert outcome["zone_after"] == ""
    told = outcome["told_before_joining"]
    assert "sans votre nom" in told and "anonyme" in told and "avec votre prénom" not in told
    assert "choisissez une zone" in outcome["refused"]
    (card,) = store.board.cards.find("source = 'phone'")
    assert card.zone_id != chosen.id
    assert card.text == "Un jardin partagé derrière la mairie"


def _vote_far_down_the_list(url: str, profile: Path, shots: Path, outcome: dict[str, Any]) -> None:
    """A participant scrolls down to the last card of the vote list and votes for it."""
    browser = Browser(str(CHROMIUM), profile)
    try:
        _join(browser, url, "Inès", "scop cuisine commune")
        browser.click("#tab-vote")
        browser.wait_for("document.querySelectorAll('#vote-zones button.vote').length > 10")
        browser.evaluate(f"{LAST_VOTE_ROW}.scrollIntoView()")
        where = f"{LAST_VOTE_ROW}.getBoundingClientRect().top"
        outcome["scrolled"] = browser.evaluate("window.scrollY")
        outcome["before"] = browser.evaluate(where)
        browser.evaluate(f"{LAST_VOTE_ROW}.querySelector('button.vote').click()")
        browser.wait_for("document.getElementById('message').textContent.includes('Vote')")
        outcome["after"] = browser.evaluate(where)
        outcome["message_top"] = browser.evaluate(
            "document.getElementById('message').getBoundingClientRect().top"
        )
        browser.screenshot(shots / "phone_vote_in_place.png")
    except BaseException as error:
        outcome["error"] = error
        browser.screenshot(shots / "phone_failed.png")
    finally:
        browser.close()
        outcome["done"] = True


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_a_vote_far_down_the_list_leaves_the_page_where_it_is(
    live: Any, qtbot: Any, tmp_path: Path
) -> None:
    """Voting for the last card of a long list leaves that card where it is on the screen
    (every tap jumped back to the top, 2200 → 0 px), and the confirmation is in sight at the
    top of the screen."""
    service, server = live
    context = service.context
    context.store.board.rounds.add(
        VoteRound(workshop_id=context.current_workshop_id, votes_per_person=3)
    )
    context.notify(Changes.of(Area.BOARD))
    shots = Path(os.environ.get("CATALYSE_SHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    outcome: dict[str, Any] = {}
    thread = threading.Thread(
        target=_vote_far_down_the_list,
        args=(server.url, tmp_path / "profile", shots, outcome),
        daemon=True,
    )
    thread.start()
    qtbot.waitUntil(lambda: "done" in outcome, timeout=90_000)
    thread.join(timeout=5)
    if "error" in outcome:
        raise outcome["error"]
    assert outcome["scrolled"] > 500
    assert abs(outcome["after"] - outcome["before"]) < 30
    assert 0 <= outcome["message_top"] < 100


OFFLINE = {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1}
ONLINE = {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1}


MINE_ROW = (
    "Array.from(document.querySelectorAll('#mine-cards li'))"
    ".find((li) => li.querySelector('.text').textContent === %s)"
)


def _post_while_offline(url: str, profile: Path, shots: Path, outcome: dict[str, Any]) -> None:
    """A participant loses the Wi-Fi, sends an idea anyway, then the Wi-Fi comes back."""
    browser = Browser(str(CHROMIUM), profile, width=360, height=740)
    row = MINE_ROW % json.dumps("Une navette le samedi matin")
    try:
        _join(browser, url, "Lou", "scop cuisine commune")
        browser.send("Network.enable")
        browser.send("Network.emulateNetworkConditions", OFFLINE)
        browser.type_into("#card-text", "Une navette le samedi matin")
        browser.click("#card-form button[type=submit]")
        outcome["waiting"] = browser.wait_for(
            "document.getElementById('message').textContent.includes('attente') && "
            "document.getElementById('message').textContent",
            timeout=20,
        )
        outcome["box_while_offline"] = browser.evaluate(
            "document.getElementById('card-text').value"
        )
        outcome["row_while_offline"] = browser.wait_for(f"{row}.textContent")
        browser.evaluate(f"{row}.scrollIntoView()")
        browser.screenshot(shots / "phone_offline_waiting.png")
        browser.send("Network.emulateNetworkConditions", ONLINE)  # nothing pressed: it goes
        back = time.monotonic()
        outcome["sent"] = browser.wait_for(
            "document.getElementById('message').textContent.includes('tableau') && "
            "document.getElementById('message').textContent",
            timeout=20,
        )
        outcome["seconds_to_send"] = time.monotonic() - back
        outcome["row_after"] = browser.wait_for(
            f"!{row}.classList.contains('queued') && {row}.textContent"
        )
        browser.screenshot(shots / "phone_offline_sent.png")
        # Offline again; the page is closed with an idea waiting, and opened once back online
        browser.send("Network.emulateNetworkConditions", OFFLINE)
        browser.type_into("#card-text", "Un covoiturage depuis les hameaux")
        browser.click("#card-form button[type=submit]")
        browser.wait_for(f"{MINE_ROW % json.dumps('Un covoiturage depuis les hameaux')}", 20)
        browser.send("Page.navigate", {"url": "about:blank"})
        browser.send("Network.emulateNetworkConditions", ONLINE)
        browser.send("Page.navigate", {"url": url})
        outcome["after_reopening"] = browser.wait_for(
            f"{MINE_ROW % json.dumps('Un covoiturage depuis les hameaux')}"
            "?.classList.contains('queued') === false && "
            f"{MINE_ROW % json.dumps('Un covoiturage depuis les hameaux')}.textContent"
        )
    except BaseException as error:
        outcome["error"] = error
        browser.screenshot(shots / "phone_failed.png")
    finally:
        browser.close()
        outcome["done"] = True


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_an_idea_sent_without_network_waits_in_sight_and_leaves_once_the_network_is_back(
    live: Any, qtbot: Any, tmp_path: Path
) -> None:
    """On a 360 px phone without network, the idea sent shows in "Mes contributions" as
    "en attente d'envoi" (the box is free for the next one); when the Wi-Fi comes back it
    leaves by itself within seconds, without a tap, once, and shows "Au tableau"; an idea
    waiting when the page is closed leaves when it is opened again with the network back."""
    service, server = live
    store = service.context.store
    shots = Path(os.environ.get("CATALYSE_SHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    outcome: dict[str, Any] = {}
    thread = threading.Thread(
        target=_post_while_offline,
        args=(server.url, tmp_path / "profile", shots, outcome),
        daemon=True,
    )
    thread.start()
    qtbot.waitUntil(lambda: "done" in outcome, timeout=90_000)
    thread.join(timeout=5)
    if "error" in outcome:
        raise outcome["error"]
    assert outcome["box_while_offline"] == ""
    assert "En attente d'envoi" in outcome["row_while_offline"]
    assert outcome["seconds_to_send"] < 5
    assert "Au tableau" in outcome["row_after"]
    assert "Au tableau" in outcome["after_reopening"]  # kept on the phone while it was closed
    texts = sorted(card.text for card in store.board.cards.find("source = 'phone'"))
    assert texts == ["Un covoiturage depuis les hameaux", "Une navette le samedi matin"]


def _live_through_a_new_code(
    urls: dict[str, str], profile: Path, shots: Path, outcome: dict[str, Any]
) -> None:
    """A participant joins; the facilitator starts a new session code; they scan the new QR
    code, then reload the old link still in their browser."""
    browser = Browser(str(CHROMIUM), profile)
    page = (
        "['code-view', 'join-view', 'main-view'].find((id) => !document.getElementById(id).hidden)"
    )
    try:
        _join(browser, urls["old"], "Sacha", "scop cuisine commune")
        outcome["joined"] = True
        _next_poll_after(browser, outcome, "changed")
        outcome["told"] = browser.wait_for(
            "!document.getElementById('code-view').hidden && "
            "document.getElementById('message').textContent",
            timeout=20,
        )
        browser.screenshot(shots / "phone_code_changed.png")
        browser.send("Page.navigate", {"url": urls["new"]})
        outcome["with_new_link"] = browser.wait_for(f"{page} !== 'code-view' && {page}")
        browser.send("Page.navigate", {"url": urls["old"]})
        browser.wait_for("document.readyState === 'complete'")
        time.sleep(1.0)
        outcome["with_old_link"] = browser.evaluate(page)
        outcome["message_after"] = browser.evaluate(
            "document.getElementById('message').hidden ? '' : "
            "document.getElementById('message').textContent"
        )
    except BaseException as error:
        outcome["error"] = error
        browser.screenshot(shots / "phone_failed.png")
    finally:
        browser.close()
        outcome["done"] = True


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_a_new_room_code_is_explained_and_an_old_link_does_not_lock_the_phone_out(
    live: Any, qtbot: Any, tmp_path: Path
) -> None:
    """After a new session code, a phone that typed nothing is told the room's code changed
    (not "Code d'accès incorrect."); once the new QR code is scanned, reloading the old link
    uses the new code kept by the page (the link's old code kept failing)."""
    service, server = live
    old_url = server.url
    shots = Path(os.environ.get("CATALYSE_SHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    urls = {"old": old_url, "new": old_url.replace(service.session.code, "NEWCODE7")}
    outcome: dict[str, Any] = {}
    thread = threading.Thread(
        target=_live_through_a_new_code,
        args=(urls, tmp_path / "profile", shots, outcome),
        daemon=True,
    )
    thread.start()
    qtbot.waitUntil(lambda: "joined" in outcome or "done" in outcome, timeout=60_000)
    service.session.code = "NEWCODE7"  # the facilitator started a new session
    outcome["changed"] = True
    qtbot.waitUntil(lambda: "done" in outcome, timeout=90_000)
    thread.join(timeout=5)
    if "error" in outcome:
        raise outcome["error"]
    assert "a changé" in outcome["told"] and "incorrect" not in outcome["told"]
    assert outcome["with_new_link"] in ("join-view", "main-view")
    assert outcome["with_old_link"] in ("join-view", "main-view")
    assert "incorrect" not in outcome["message_after"]


def _desk(outcome: dict[str, Any], step: str) -> None:
    """Ask the desk (the test's Qt thread) to do `step`, and wait until it is done."""
    outcome[step] = True
    deadline = time.monotonic() + 30
    while f"{step}_done" not in outcome and time.monotonic() < deadline:
        time.sleep(0.02)


def _run_with_desk(qtbot: Any, outcome: dict[str, Any], desk: dict[str, Any]) -> None:
    """Run the desk's steps on the Qt thread as the phone asks for them, until it is done."""

    def step() -> bool:
        for name in [name for name in desk if name in outcome]:
            try:
                desk.pop(name)()
            finally:
                outcome[f"{name}_done"] = True
        return "done" in outcome

    qtbot.waitUntil(step, timeout=150_000)


def _text(selector: str) -> str:
    return f"document.querySelector({json.dumps(selector)}).textContent"


def _message_with(word: str) -> str:
    return (
        f"!document.getElementById('message').hidden && "
        f"{_text('#message')}.includes({json.dumps(word)}) && {_text('#message')}"
    )


def _first_time_on_the_phone(url: str, profile: Path, shots: Path, outcome: dict[str, Any]) -> None:
    """A first-time participant: reads what happens to what they type and who sees their name,
    posts, edits and withdraws, is called to the vote, votes and takes a vote back, proposes a
    commitment, then reads the page in English."""
    browser = Browser(str(CHROMIUM), profile)
    first = MINE_ROW % json.dumps("Un composteur au jardin")
    second = MINE_ROW % json.dumps("Une idée tapée trop vite")
    try:
        browser.send("Page.navigate", {"url": url})
        browser.wait_for("!document.getElementById('join-view').hidden")
        outcome["header"] = browser.evaluate(_text("header"))
        browser.click("#privacy-from-join")
        outcome["privacy"] = browser.wait_for(
            "document.getElementById('privacy').open && "
            "document.getElementById('privacy').innerText"
        )
        browser.screenshot(shots / "phone_join_privacy.png")
        browser.type_into("#organisation", "SCOP Cuisine Commune")
        browser.click("#join-form button[type=submit]")
        outcome["no_name"] = browser.wait_for(_message_with("Prénom"))
        outcome["no_name_focus"] = browser.evaluate("document.activeElement.id")
        browser.type_into("#first-name", "Odette")
        browser.click("#join-form button[type=submit]")
        browser.wait_for("!document.getElementById('main-view').hidden")
        browser.screenshot(shots / "phone_main.png", full=True)

        # Mes contributions: posted, edited, and a second one withdrawn
        browser.type_into("#card-text", "Un composteur au jardin")
        browser.click("#card-form button[type=submit]")
        outcome["first_row"] = browser.wait_for(f"{first}.textContent")
        browser.evaluate(f"{first}.querySelector('.actions button').click()")  # Modifier
        browser.wait_for("document.activeElement.tagName === 'TEXTAREA'")
        browser.evaluate("document.activeElement.select()")
        browser.send("Input.insertText", {"text": "Un composteur partagé au jardin"})
        browser.evaluate(
            "document.activeElement.closest('li').querySelector('.editor button').click()"
        )
        outcome["edited"] = browser.wait_for(_message_with("modifiée"))
        browser.type_into("#card-text", "Une idée tapée trop vite")
        browser.click("#card-form button[type=submit]")
        browser.wait_for(f"{second}.textContent")
        browser.evaluate(f"{second}.querySelectorAll('.actions button')[1].click()")  # Retirer
        outcome["confirm"] = browser.wait_for(
            f"!{second}.querySelector('.confirm').hidden && "
            f"{second}.querySelector('.confirm').textContent"
        )
        browser.screenshot(shots / "phone_withdraw_confirm.png")
        outcome["confirm_focus"] = browser.evaluate("document.activeElement.textContent")
        browser.evaluate(f"{second}.querySelector('.confirm button.danger').click()")
        outcome["withdrawn"] = browser.wait_for(_message_with("retirée"))
        browser.wait_for(f"!{second}")
        outcome["mine_after"] = browser.evaluate(_text("#mine-cards"))
        browser.screenshot(shots / "phone_mine.png", full=True)

        # The vote opens while the participant is on another tab
        _desk(outcome, "open_vote")
        browser.evaluate("refresh()")  # the page's next poll
        outcome["banner"] = browser.wait_for(
            "!document.getElementById('vote-banner').hidden && " + _text("#vote-banner")
        )
        outcome["tab_vote"] = browser.evaluate(_text("#tab-vote"))
        browser.screenshot(shots / "phone_vote_banner.png")
        browser.click("#vote-banner-go")
        browser.wait_for("!document.getElementById('vote-view').hidden")
        outcome["banner_after"] = browser.evaluate("document.getElementById('vote-banner').hidden")
        outcome["zones"] = browser.evaluate(
            "Array.from(document.querySelectorAll('#vote-zones h3'), (h) => h.textContent)"
        )
        outcome["rows"] = browser.evaluate("document.querySelectorAll('#vote-zones li').length")

        # No rebuild under the finger: the focused Voter button survives two polls
        browser.evaluate(
            "(() => { window.probe = document.querySelectorAll('#vote-zones button.vote')[1];"
            " window.probe.focus(); window.probeTop = window.probe.getBoundingClientRect().top;"
            " return true; })()"
        )
        _desk(outcome, "add_card")
        browser.evaluate("refresh()")
        browser.evaluate("refresh()")
        outcome["rows_after_poll"] = browser.evaluate(
            "document.querySelectorAll('#vote-zones li').length"
        )
        outcome["state_sizes"] = browser.evaluate(
            "performance.getEntriesByType('resource')"
            ".filter((e) => e.name.endsWith('/api/state')).map((e) => e.encodedBodySize)"
        )
        outcome["focus_kept"] = browser.evaluate(
            "document.activeElement === window.probe && window.probe.isConnected"
        )
        browser.press("Enter", "Enter", 13, "\r")  # the keyboard (or a screen reader) votes
        outcome["voted"] = browser.wait_for(_message_with("Vote enregistré"))
        outcome["my_votes"] = browser.wait_for(
            "document.querySelectorAll('#my-votes li').length === 1 && " + _text("#my-votes")
        )
        outcome["marked"] = browser.evaluate("window.probe.closest('li').textContent")
        outcome["focus_after_vote"] = browser.evaluate("document.activeElement === window.probe")
        outcome["left_after_vote"] = browser.evaluate(_text("#votes-left"))
        browser.screenshot(shots / "phone_voted.png", full=True)
        browser.click("#my-votes li button")
        outcome["vote_withdrawn"] = browser.wait_for(_message_with("Vote retiré"))
        outcome["left_after_withdraw"] = browser.evaluate(_text("#votes-left"))
        outcome["my_votes_after"] = browser.evaluate(
            "document.querySelectorAll('#my-votes li').length"
        )
        # A tap in progress while a poll brings a new card: it votes for the card touched
        browser.touch_start(
            "Array.from(document.querySelectorAll('#vote-zones button.vote')).at(-1)"
        )
        touched = browser.evaluate(
            "Array.from(document.querySelectorAll('#vote-zones button.vote')).at(-1)"
            ".closest('li').querySelector('.text').textContent"
        )
        _desk(outcome, "add_another_card")
        browser.evaluate("refresh()")
        browser.touch_end()
        browser.wait_for(_message_with("Vote enregistré"))
        outcome["tapped"] = (touched, browser.wait_for(_text("#my-votes li .text")))

        # A commitment: no kind chosen for them, every field named, the unit suggested
        browser.click("#tab-commit")
        outcome["kind_default"] = browser.evaluate("document.getElementById('resource').value")
        outcome["warning"] = browser.evaluate(_text("#commit-warning"))
        browser.type_into("#commit-text", "Deux bénévoles pour tenir le stand")
        browser.click("#commit-form button[type=submit]")
        outcome["no_kind"] = browser.wait_for(_message_with("Type de ressource"))
        outcome["no_kind_focus"] = browser.evaluate("document.activeElement.id")
        browser.evaluate(
            "(() => { const r = document.getElementById('resource'); r.value = 'humain';"
            " r.dispatchEvent(new Event('change')); return true; })()"
        )
        outcome["unit"] = browser.evaluate("document.getElementById('unit').value")
        outcome["units"] = browser.evaluate(
            "Array.from(document.querySelectorAll('#units option'), (o) => o.value)"
        )
        browser.type_into("#quantity", "2 bénévoles")  # the unit suggested stays "heures"
        browser.click("#commit-form button[type=submit]")
        outcome["committed"] = browser.wait_for(_message_with("engagement"))
        outcome["mine_commitments"] = browser.wait_for(
            "!document.getElementById('mine-commitments-section').hidden && "
            + _text("#mine-commitments")
        )
        browser.screenshot(shots / "phone_commit_sent.png", full=True)

        # In English, the units are English too
        browser.click("#lang")
        browser.evaluate(
            "(() => { const r = document.getElementById('resource'); r.value = 'humain';"
            " r.dispatchEvent(new Event('change')); return true; })()"
        )
        outcome["unit_en"] = browser.evaluate("document.getElementById('unit').value")
        outcome["units_en"] = browser.evaluate(
            "Array.from(document.querySelectorAll('#units option'), (o) => o.value)"
        )
        outcome["page_en"] = browser.evaluate("document.body.innerText")
        browser.screenshot(shots / "phone_commit_english.png")
    except BaseException as error:
        outcome["error"] = error
        browser.screenshot(shots / "phone_failed.png")
    finally:
        browser.close()
        outcome["done"] = True


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_a_first_time_participant_is_guided_through_posting_voting_and_committing(
    live: Any, qtbot: Any, tmp_path: Path
) -> None:
    """A first-time participant reads the workshop's question, what happens to what they type
    and who sees their name; their cards are listed in "Mes contributions", editable and
    withdrawable; a vote opening shows a banner; the vote lists the round's zones, zone by zone;
    a poll keeps the focused Voter button (it rebuilt the list) and a tap in progress; their
    vote is marked and taken back; a poll with the same vote list does not download it again;
    a commitment has no kind by default, names the missing field, suggests units, and says it
    commits the organisation in a document sent to officials; in English, units are English."""
    from workshop.domain.records import Card
    from workshop.ops import board as board_ops

    service, server = live
    context = service.context
    store = context.store
    workshop_id = context.current_workshop_id
    workshop = store.workshops.get(workshop_id)
    zones = list(store.board.zones.of_workshop(workshop_id))
    voted_zones = zones[:2]

    def open_vote() -> None:
        store.board.rounds.start(workshop_id, 3, zone_ids=[z.id for z in voted_zones])
        context.notify(Changes.of(Area.BOARD))

    def add_card() -> None:  # the facilitator adds a card meanwhile: the list changes
        context.apply(
            "Carte",
            lambda s: board_ops.add_card(
                s,
                Card(workshop_id=workshop_id, zone_id=voted_zones[0].id, text="Ajoutée"),
            ),
        )

    shots = Path(os.environ.get("CATALYSE_SHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    outcome: dict[str, Any] = {}
    thread = threading.Thread(
        target=_first_time_on_the_phone,
        args=(server.url, tmp_path / "profile", shots, outcome),
        daemon=True,
    )
    thread.start()
    desk = {"open_vote": open_vote, "add_card": add_card, "add_another_card": add_card}
    _run_with_desk(qtbot, outcome, desk)
    thread.join(timeout=5)
    if "error" in outcome:
        raise outcome["error"]
    # What a first-timer reads before joining
    assert workshop.title in outcome["header"] and workshop.question in outcome["header"]
    assert "élu·es" in outcome["header"]
    for words in ("la salle", "animateur", "compte rendu", "effacer"):
        assert words in outcome["privacy"]
    assert outcome["no_name"].startswith("Prénom") and outcome["no_name_focus"] == "first-name"
    # Mes contributions
    assert "Au tableau" in outcome["first_row"] and "Modifier" in outcome["first_row"]
    assert "modifiée" in outcome["edited"] and "retirée" in outcome["withdrawn"]
    assert "Retirer cette contribution" in outcome["confirm"]
    assert outcome["confirm_focus"] == "Non, la garder"  # a second tap by mistake keeps it
    assert "Un composteur partagé au jardin" in outcome["mine_after"]
    assert "trop vite" not in outcome["mine_after"]
    assert store.board.cards.count("text = 'Un composteur partagé au jardin'") == 1
    assert store.board.cards.count("text = 'Une idée tapée trop vite'") == 0
    # The vote
    assert "Le vote est ouvert" in outcome["banner"] and "ouvert" in outcome["tab_vote"]
    assert outcome["banner_after"] is True
    assert outcome["zones"] == [z.name for z in voted_zones]
    in_round = sum(store.board.cards.count("zone_id = ?", [z.id]) for z in voted_zones)
    assert outcome["rows"] == in_round - 2  # before the facilitator added two
    assert outcome["rows_after_poll"] == in_round - 1
    assert outcome["focus_kept"] is True
    *_, with_list, without_list = outcome["state_sizes"]  # the list unchanged is not sent again
    assert without_list < with_list - 1000
    assert "Vote enregistré" in outcome["voted"] and "Votre vote" in outcome["marked"]
    assert outcome["focus_after_vote"] is True
    assert "2 sur 3" in outcome["left_after_vote"] and "3 sur 3" in outcome["left_after_withdraw"]
    assert outcome["my_votes_after"] == 0
    touched, voted_for = outcome["tapped"]
    assert voted_for == touched
    # The commitment
    assert outcome["kind_default"] == ""
    assert outcome["no_kind"].startswith("Type de ressource") and outcome["no_kind_focus"] == (
        "resource"
    )
    assert "SCOP Cuisine Commune" in outcome["warning"] and "élu·es" in outcome["warning"]
    assert outcome["unit"] == "heures" and "bénévoles" in outcome["units"]
    assert "relecture" in outcome["mine_commitments"]
    (pending,) = [p for p in service.session.inbox.items() if not p.is_card]
    assert (pending.request.quantity, pending.request.unit) == (2.0, "bénévoles")
    # English
    assert outcome["unit_en"] == "hours" and "volunteers" in outcome["units_en"]
    assert "heures" not in outcome["page_en"] and "Unit" in outcome["page_en"]
