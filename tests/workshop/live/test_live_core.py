"""The phone API's core: validation, limits, rate limiting, access codes, inbox, placement."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from workshop.domain.placement import estimated_height, next_slot
from workshop.domain.records import WorkshopId, Zone, ZoneId
from workshop.domain.vocabulary import ResourceKind
from workshop.live import api
from workshop.live.access import CODE_ALPHABET, code_matches, new_access_code
from workshop.live.api import CardRequest, CommitmentRequest, LiveError
from workshop.live.http import json_response, static_response
from workshop.live.limits import Limits, RateLimiter
from workshop.live.moderation import Author, Inbox
from workshop.live.session import LiveSession
from workshop.storage.store import Store

LIMITS = Limits()


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_access_codes_are_random_and_unambiguous() -> None:
    """Access codes are 8 characters with no 0/O or 1/I, and differ each time."""
    codes = {new_access_code() for _ in range(50)}
    assert len(codes) == 50
    assert all(len(c) == 8 and set(c) <= set(CODE_ALPHABET) for c in codes)
    assert code_matches("ABCD2345", " abcd2345 ")
    assert not code_matches("ABCD2345", "ABCD2346")
    assert not code_matches("ABCD2345", None)


def test_card_text_is_cleaned_and_limited() -> None:
    """A card keeps its line breaks, loses control characters, and is refused past 500."""
    card = api.parse_card(
        {"request_id": "r-1", "zone_id": 3, "text": "  Idée\u0000 <b>un</b>\r\ndeux  "}, LIMITS
    )
    assert card == CardRequest(request_id="r-1", zone_id=3, text="Idée <b>un</b>\ndeux")
    with pytest.raises(LiveError) as too_long:
        api.parse_card({"request_id": "r", "zone_id": 3, "text": "x" * 501}, LIMITS)
    assert (too_long.value.status, too_long.value.code) == (422, "too_long")
    for bad in (
        {"request_id": "r", "zone_id": "3", "text": "x"},
        {"request_id": "r", "zone_id": True, "text": "x"},
        {"request_id": "r/../", "zone_id": 3, "text": "x"},
        {"request_id": "r", "zone_id": 3, "text": "   "},
    ):
        with pytest.raises(LiveError) as refused:
            api.parse_card(bad, LIMITS)
        assert refused.value.status == 422


def test_bodies_must_be_small_json_objects() -> None:
    """A body over the cap is 413; anything but a JSON object is 400."""
    with pytest.raises(LiveError) as big:
        api.parse_body(b"{" + b" " * LIMITS.body_bytes + b"}", LIMITS)
    assert big.value.status == 413
    for body in (b"[1]", b"not json", b"\xff\xfe", b"[" * 5000):
        with pytest.raises(LiveError) as bad:
            api.parse_body(body, LIMITS)
        assert bad.value.status == 400


def test_commitment_quantity_and_due_date_are_checked() -> None:
    """A proposed commitment accepts a French decimal, refuses a past date and unknown kinds."""
    today = dt.date(2026, 11, 26)
    base = {
        "request_id": "c1",
        "alliance_id": 2,
        "description": "Prêt de salle",
        "resource_kind": "materiel",
    }
    ok = api.parse_commitment(
        {**base, "quantity": "1 500,5", "due_date": "2027-01-31"}, LIMITS, today
    )
    assert (ok.quantity, ok.due_date) == (1500.5, dt.date(2027, 1, 31))
    for field, value in (
        ("quantity", "beaucoup"),
        ("quantity", -1),
        ("quantity", float("nan")),
        ("due_date", "2020-01-01"),
        ("due_date", "31/01/2027"),
        ("resource_kind", "argent"),
    ):
        with pytest.raises(LiveError) as refused:
            api.parse_commitment({**base, field: value}, LIMITS, today)
        assert refused.value.field == field


@pytest.mark.parametrize(
    ("typed", "lang", "expected"),
    [
        ("1.500", "fr", 1500.0),
        ("1 500", "fr", 1500.0),
        ("1\u00a0500\u00a0€", "fr", 1500.0),
        ("1\u202f500 €", "fr", 1500.0),
        ("1500 €", "fr", 1500.0),
        ("1,5", "fr", 1.5),
        ("1,500", "en", 1500.0),
        ("1.5", "en", 1.5),
    ],
)
def test_a_quantity_typed_on_a_phone_is_read_as_the_desk_reads_it(
    typed: str, lang: str, expected: float
) -> None:
    """ "1.500" typed on a phone is 1 500 €, not 1,5 €; "1,5" is one and a half."""
    proposal = api.parse_commitment(
        {
            "request_id": "c1",
            "alliance_id": 2,
            "description": "Subvention",
            "resource_kind": "financier",
            "quantity": typed,
            "lang": lang,
        },
        LIMITS,
        dt.date(2026, 11, 26),
    )
    assert proposal.quantity == expected


def test_token_bucket_allows_a_burst_then_refills() -> None:
    """A device gets its burst, then waits; other devices are not affected."""
    clock = Clock()
    limiter = RateLimiter(capacity=3, rate=0.5, clock=clock)
    assert [limiter.wait_for("a") for _ in range(3)] == [0, 0, 0]
    assert limiter.wait_for("a") == pytest.approx(2.0)
    assert limiter.wait_for("b") == 0
    clock.now += 2.0
    assert limiter.wait_for("a") == 0


def test_session_devices_rates_and_phones_connected() -> None:
    """A joined phone is known by its token, limited in writes, and counted for a minute."""
    clock = Clock()
    session = LiveSession(limits=Limits(write_burst=2), clock=clock, code="ABCDEF23")
    with pytest.raises(LiveError) as wrong:
        session.check_code("ZZZZZZ")
    assert wrong.value.status == 403
    token = session.join(
        api.parse_join({"first_name": "Léa", "organisation": "CCI"}, LIMITS), "10.0.0.5"
    )
    author = session.device(token, write=True).author
    assert (author.first_name, author.organisation, author.person_id) == ("Léa", "CCI", None)
    assert author.device and author.device not in token  # the phone's key: not its secret
    session.device(token, write=True)
    with pytest.raises(LiveError) as limited:
        session.device(token, write=True)
    assert limited.value.status == 429 and limited.value.retry_after > 0
    with pytest.raises(LiveError) as unknown:
        session.device("forged", write=False)
    assert unknown.value.status == 401
    assert session.phones_connected() == 1
    for _ in range(int(Limits().read_burst)):
        session.check_anonymous_read("10.0.0.9")
    with pytest.raises(LiveError) as anonymous:
        session.check_anonymous_read("10.0.0.9")
    assert anonymous.value.status == 429
    clock.now += 61
    assert session.phones_connected() == 0


def test_inbox_keeps_order_edits_and_takes(demo_store: Any, db_path: Path) -> None:
    """The inbox lists items oldest first; an edit changes the text; take removes the item."""
    workshop_id = demo_store.demo_id
    inbox = Inbox(lambda: demo_store, lambda: workshop_id)
    author = Author(first_name="Hugo", organisation="SCOP")
    now = dt.datetime(2026, 11, 26, 10, 0)
    first = inbox.add(author, CardRequest(request_id="1", zone_id=1, text="un"), now)
    second = inbox.add(author, CardRequest(request_id="2", zone_id=1, text="deux"), now)
    inbox.edit_text(first.id, "un corrigé")
    assert [i.text for i in inbox.items()] == ["un corrigé", "deux"]
    taken = inbox.take(first.id)
    assert taken is not None and len(inbox) == 1
    inbox.put_back(taken)
    assert [i.id for i in inbox.items()] == [first.id, second.id]


def test_the_inbox_is_still_there_after_the_laptop_restarts(demo_store: Any, db_path: Path) -> None:
    """What waits for moderation is read back, as sent, from the database opened again (a
    crash or a restart loses nothing the phones were told would be read)."""
    workshop_id = demo_store.demo_id
    inbox = Inbox(lambda: demo_store, lambda: workshop_id)
    author = Author(first_name="Hugo", organisation="SCOP", device="d1")
    now = dt.datetime(2026, 11, 26, 10, 0)
    inbox.add(author, CardRequest(request_id="1", zone_id=1, text="Un jardin"), now)
    inbox.add(
        author,
        CommitmentRequest(
            request_id="2",
            alliance_id=4,
            description="Deux bénévoles",
            resource_kind=ResourceKind.HUMAIN,
            quantity=2.0,
            due_date=dt.date(2027, 3, 1),
            unit="bénévoles",
        ),
        now,
    )
    demo_store.close()
    reopened = Store.open(db_path)
    try:
        again = Inbox(lambda: reopened, lambda: workshop_id)
        card, commitment = again.items()
        assert (card.text, card.author.first_name, card.author.device) == (
            "Un jardin",
            "Hugo",
            "d1",
        )
        assert isinstance(commitment.request, CommitmentRequest)
        assert (commitment.request.unit, commitment.request.due_date) == (
            "bénévoles",
            dt.date(2027, 3, 1),
        )
        assert [i.text for i in again.of_device("d1")] == ["Un jardin", "Deux bénévoles"]
        assert again.discard() == 2 and len(again) == 0
    finally:
        reopened.close()


def test_json_replies_never_carry_markup() -> None:
    """Text with markup goes out escaped in JSON and reads back identical."""
    text = "<script>alert('x')</script> & <img src=x>"
    body = json_response(200, {"text": text}).body
    assert b"<" not in body and b">" not in body
    assert json.loads(body)["text"] == text


def test_only_the_page_files_are_served() -> None:
    """The page and its two files are served; any other path, traversal included, is 404."""
    assert b"<!doctype html>" in static_response("/").body
    assert static_response("/static/app.js").content_type.startswith("text/javascript")
    for path in ("/static/../workshop/live/api.py", "/static/", "/index.html", "/../etc/passwd"):
        with pytest.raises(LiveError) as missing:
            static_response(path)
        assert missing.value.status == 404


def test_cards_from_phones_fill_the_zone_in_reading_order() -> None:
    """New cards go left to right, then to the next row, never over an existing card."""
    zone = Zone(id=ZoneId(1), workshop_id=WorkshopId(1), name="Défis", width=460.0)
    cards: list[tuple[float, float, str]] = []
    for _ in range(5):
        x, y = next_slot(zone, cards, "Une idée")
        cards.append((x, y, "Une idée"))
    xs = sorted({x for x, _, _ in cards})
    assert len(xs) == 2
    assert cards[0][1] == cards[1][1] < cards[2][1]
    long_text = "x" * 500
    x, y = next_slot(zone, [(xs[0], 56.0, long_text)], "court")
    assert (x, y) == (xs[1], 56.0)
    x, y = next_slot(zone, [(xs[0], 56.0, long_text), (xs[1], 56.0, "a")], "court")
    assert y >= 56.0 + estimated_height("a")


def test_the_footprints_read_in_sql_are_the_estimated_heights(store) -> None:
    """A card's height computed by the query is the one placement estimates from its text."""
    from workshop.domain.records import Card, Workshop, Zone
    from workshop.queries.live import zone_footprints

    workshop = store.workshops.add(Workshop(title="Atelier"))
    zone = store.board.zones.add(Zone(workshop_id=workshop.id, name="Idées"))
    texts = ["", "a", "x" * 26, "x" * 27, "é" * 53, "🌱" * 30, "deux\nlignes", "l" * 40 + "\nb"]
    for n, text in enumerate(texts):
        store.board.cards.add(Card(workshop_id=workshop.id, zone_id=zone.id, text=text, y=n))
    footprints = zone_footprints(store, zone.id)
    assert [bottom - top for _, top, bottom in footprints] == [estimated_height(t) for t in texts]


def test_a_phone_joining_again_with_its_token_is_the_same_participant() -> None:
    """A phone sent back to "join" (forgotten while idle, or merged by the facilitator) with
    its token is the participant it declared, as the person kept; typing the same name
    without the token is somebody else, never that person."""
    from workshop.domain.records import PersonId
    from workshop.live.api import JoinRequest

    clock = Clock()
    session = LiveSession(clock=clock)
    token = session.join(JoinRequest(first_name="Maëlle", organisation="Mairie"), "10.0.0.1")
    session.bind(token, PersonId(7))
    session.rebind(PersonId(7), PersonId(3))
    assert session.devices[token].author.person_id == PersonId(3)
    session.devices.clear()  # forgotten, as an idle phone is when the room is full
    with pytest.raises(LiveError) as forgotten:
        session.device(token, write=True)
    assert forgotten.value.status == 401
    again = session.rejoin(token)
    assert again is not None and again.author.person_id == PersonId(3)
    assert session.device(token, write=True) is again
    other = session.join(JoinRequest(first_name="maelle", organisation="MAIRIE"), "10.0.0.2")
    assert other != token and session.devices[other].author.person_id is None
    assert session.rejoin("made-up-token") is None and session.rejoin("x" * 5000) is None


def test_phone_tokens_are_unguessable_and_required_for_every_write() -> None:
    """Each phone gets a random token of 144 bits; a write with none, or another, is refused."""
    from workshop.live.access import new_device_token

    tokens = {new_device_token() for _ in range(200)}
    assert len(tokens) == 200 and all(len(t) == 24 for t in tokens)
    session = LiveSession(clock=Clock())
    for token in (None, "", "a" * 24, "x" * 10_000):
        with pytest.raises(LiveError) as refused:
            session.device(token, write=True)
        assert (refused.value.status, refused.value.code) == (401, "not_joined")


def test_one_address_cannot_mint_participants_in_a_burst() -> None:
    """A script minting identities from one phone gets three, then 429 for five minutes; other
    phones join meanwhile, and the phone's own token joins again freely."""
    from workshop.live.api import JoinRequest

    clock = Clock()
    session = LiveSession(clock=clock)
    minted = []
    for n in range(9):
        try:
            minted.append(session.join(JoinRequest(first_name=f"Bot{n}", organisation="X"), "a"))
        except LiveError as error:
            assert (error.status, error.code) == (429, "too_many_joins")
            assert error.retry_after > 60
    assert len(minted) == 3
    assert session.join(JoinRequest(first_name="Inès", organisation="Y"), "b")
    assert all(session.rejoin(token) is not None for token in minted)
    clock.now += 301
    assert session.join(JoinRequest(first_name="Bot9", organisation="X"), "a")


def test_a_request_id_replays_its_own_answer_only() -> None:
    """A resend of an accepted request id gets the first answer; the same id sent for another
    request is refused rather than answered with the first one."""
    from workshop.live.session import Answer

    session = LiveSession(clock=Clock())
    answer = Answer(201, {"status": "published", "card_id": 4}, "/api/cards {zone 1}")
    session.remember("t", "r1", answer)
    assert session.answered("t", "r1", "/api/cards {zone 1}") == answer
    assert session.answered("u", "r1", "/api/cards {zone 1}") is None
    with pytest.raises(LiveError) as reused:
        session.answered("t", "r1", "/api/votes {card 4}")
    assert (reused.value.status, reused.value.field) == (422, "request_id")
    session.forget_answer("t", "r1")
    assert session.answered("t", "r1", "/api/cards {zone 1}") is None


@pytest.mark.parametrize(
    ("body", "code", "field"),
    [
        (
            b'{"request_id": "r", "zone_id": ' + b"7" * 5000 + b', "text": "x"}',
            "bad_number",
            "zone_id",
        ),
        (b'{"card_id": -' + b"9" * 4301 + b"}", "bad_number", "card_id"),
        (b'{"quantity": 1.' + b"0" * 3000 + b"}", "bad_number", "quantity"),
        (b'{"quantity": NaN}', "bad_number", "quantity"),
        (b'{"quantity": -Infinity}', "bad_number", "quantity"),
        (b'{"zone_id": [[[[1]]]]}', "too_deep", "zone_id"),
        (b'{"lang": "' + b"e" * 3000 + b'"}', "too_long", "lang"),
        (b'{"text": {"a": "' + b"e" * 3000 + b'"}}', "too_long", "text"),
        (b'{"zone_id": [' + b",".join([b"1"] * 40) + b"]}", "too_many_fields", "zone_id"),
    ],
    ids=[
        "5000-digits",
        "4301-digits",
        "long-float",
        "nan",
        "infinity",
        "deep",
        "long-string",
        "nested-long-string",
        "long-list",
    ],
)
def test_numbers_nesting_and_strings_are_bounded_with_the_field_named(
    body: bytes, code: str, field: str
) -> None:
    """A 5,000-digit number, NaN, deep nesting or an overlong string is a 400 naming its field
    (a huge integer used to raise a ValueError: a 500)."""
    with pytest.raises(LiveError) as refused:
        api.parse_body(body, LIMITS)
    assert (refused.value.status, refused.value.code, refused.value.field) == (400, code, field)
    assert refused.value.payload() == {"error": code, "field": field}


def test_ordinary_numbers_still_read() -> None:
    """The page's own numbers (ids, an amount, a negative one refused later) read as before."""
    data = api.parse_body(b'{"zone_id": 12, "quantity": 1500.5, "x": [1, {"y": -3}]}', LIMITS)
    assert data == {"zone_id": 12, "quantity": 1500.5, "x": [1, {"y": -3}]}
    with pytest.raises(LiveError) as too_many:
        api.parse_body(b"{" + b",".join(b'"k%d": 1' % n for n in range(40)) + b"}", LIMITS)
    assert (too_many.value.status, too_many.value.code) == (400, "too_many_fields")
