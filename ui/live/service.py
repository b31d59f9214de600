"""The phone API's behaviour on the GUI thread: answers requests, turns contributions into records.

Every record a phone causes is added through undo commands on the one undo stack, so the
board refreshes from `data_changed` and the facilitator can undo any contribution.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ui.commands import AddRecordCommand, CallCommand, StoreCommand
from ui.context import AppContext
from ui.i18n import current_lang
from workshop.domain.changes import Area, Changes
from workshop.domain.records import (
    Card,
    CardId,
    Commitment,
    Organisation,
    OrganisationId,
    Partner,
    Person,
    PersonId,
    Workshop,
    Zone,
    ZoneId,
)
from workshop.domain.vocabulary import RESOURCE_UNITS, CommitmentStatus
from workshop.live import api
from workshop.live.api import CardRequest, CommitmentRequest, LiveError
from workshop.live.http import (
    API_ROUTES,
    CODE_HEADER,
    DEVICE_HEADER,
    HttpRequest,
    HttpResponse,
    check_json,
    check_method,
    error_response,
    json_response,
    static_response,
)
from workshop.live.moderation import Author, Pending
from workshop.live.placement import next_slot
from workshop.live.session import Answer, Device, LiveSession
from workshop.live.state import VoteState, state_payload, vote_payload

_ORGANISATIONS_SQL = """
SELECT DISTINCT o.name FROM organisations o
JOIN people p ON p.organisation_id = o.id
JOIN attendance a ON a.person_id = p.id
WHERE a.workshop_id = ? ORDER BY o.name COLLATE NOCASE
"""


NOTIFY_BATCH_MS = 100  # phones' changes reach the screens at most this often…
NOTIFY_MAX_MS = 500  # …or less often when refreshing takes long (never over half a second)


class _BatchedFirstRedo(StoreCommand):
    """A phone's edit: its first redo refreshes the screens in a batch with the other phones'
    (at most every 100 ms); undo and redo by the facilitator refresh at once as usual."""

    batch: Callable[[Changes], None]
    _done_once = False

    def redo(self) -> None:
        if self._done_once:
            super().redo()
            return
        self._done_once = True
        self.do()
        self.batch(self.changes)


class _PhoneAddCommand(_BatchedFirstRedo, AddRecordCommand[Any]):
    """Add a record for a phone (undo deletes it)."""


class _PhoneCallCommand(_BatchedFirstRedo, CallCommand):
    """A core call for a phone, with its inverse for undo."""


class LiveService(QObject):
    """Answers the phones for the current workshop; what it adds can be undone."""

    inbox_changed = Signal()  # at most once per refresh batch

    def __init__(
        self, context: AppContext, session: LiveSession | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.session = session or LiveSession()
        self._shared_state: dict[str, Any] | None = None
        self._vote_cards: list[tuple[int, str, str]] | None = None
        self._pending_changes: Changes | None = None
        self._inbox_dirty = False
        self._notify_timer = QTimer(self)
        self._notify_timer.setSingleShot(True)
        self._notify_timer.setInterval(NOTIFY_BATCH_MS)
        self._notify_timer.timeout.connect(self.flush_changes)
        context.data_changed.connect(self._forget_state)
        context.current_workshop_changed.connect(self._forget_state)
        context.store_replaced.connect(self._forget_state)

    # ---- settings the facilitator changes -------------------------------------------------

    def set_moderated(self, moderated: bool) -> None:
        self.session.moderated = moderated
        self._forget_state()

    def set_zone_open(self, zone_id: ZoneId, is_open: bool) -> None:
        self.session.set_zone_open(zone_id, is_open)
        self._forget_state()

    def _batch(self, changes: Changes) -> None:
        """Refresh the screens soon for this change, once for a burst of phones."""
        self._pending_changes = (
            changes | self._pending_changes if self._pending_changes else changes
        )
        if not self._notify_timer.isActive():
            self._notify_timer.start()

    def _inbox_grew(self) -> None:
        """Show the new inbox soon, once for a burst of phones."""
        self._inbox_dirty = True
        if not self._notify_timer.isActive():
            self._notify_timer.start()

    def flush_changes(self) -> None:
        """Tell the screens now what the phones changed since the last refresh."""
        self._notify_timer.stop()
        changes, self._pending_changes = self._pending_changes, None
        if self._inbox_dirty:
            self._inbox_dirty = False
            self.inbox_changed.emit()
        if changes is not None:
            started = time.monotonic()
            self.context.notify(changes, self)
            # Keep the screens' refreshes to a third of the UI thread's time under load.
            spent_ms = (time.monotonic() - started) * 1000
            interval = min(NOTIFY_MAX_MS, max(NOTIFY_BATCH_MS, round(2 * spent_ms)))
            self._notify_timer.setInterval(interval)

    def _add(self, text: str, changes: Changes, repository: Any, record: Any) -> Any:
        """Push an undoable add for a phone; return the saved record."""
        command = _PhoneAddCommand(self.context, text, changes, repository, record, self)
        command.batch = self._batch
        self.context.push(command)
        return command.record

    # ---- HTTP ---------------------------------------------------------------------------

    def respond(self, request: HttpRequest) -> HttpResponse:
        """The answer to one request; nothing outside the page and the API is ever served."""
        try:
            if request.path in API_ROUTES:
                check_method(request, API_ROUTES[request.path])
                self.session.check_code(request.header(CODE_HEADER))
                status, payload = self._api(request)
                return json_response(status, payload)
            check_method(request, "GET")
            return static_response(request.path)
        except LiveError as error:
            return error_response(error)

    def _api(self, request: HttpRequest) -> tuple[int, dict[str, Any]]:
        limits = self.session.limits
        token = request.header(DEVICE_HEADER)
        if request.path == "/api/state":
            if token:
                return 200, self.state_for(self.session.device(token, write=False))
            self.session.check_anonymous_read(request.address)
            return 200, self.state_for(None)
        check_json(request)
        data = api.parse_body(request.body, limits)
        if request.path == "/api/join":
            joined = api.parse_join(data, limits)
            return 201, {"device": self.session.join(joined, request.address)}
        device = self.session.device(token, write=True)
        assert token is not None
        request_id = str(data.get("request_id", ""))
        replay = self.session.answered(token, request_id)
        if replay is not None:
            return replay.status, replay.payload
        if request.path == "/api/cards":
            status, payload = self._post_card(device, api.parse_card(data, limits))
        elif request.path == "/api/votes":
            status, payload = self._vote(device, api.parse_vote(data, limits))
        else:
            today = dt.date.today()
            proposal = api.parse_commitment(data, limits, today)
            status, payload = self._propose(device, proposal)
        self.session.remember(token, request_id, Answer(status, payload))
        return status, payload

    # ---- what phones read ------------------------------------------------------------------

    def state_for(self, device: Device | None) -> dict[str, Any]:
        """The session's state as one phone sees it (shared part computed once per change)."""
        workshop = self._workshop()
        if self._shared_state is None:
            store = self.context.store
            zones = [
                z
                for z in store.board.zones.of_workshop(workshop.id)
                if self.session.zone_open(z.id)
            ]
            organisations = [row[0] for row in store.db.execute(_ORGANISATIONS_SQL, [workshop.id])]
            self._shared_state = state_payload(
                workshop=workshop,
                lang=current_lang(),
                zones=zones,
                alliances=store.alliances.of_workshop(workshop.id),
                organisations=organisations,
                vote=None,
                moderated=self.session.moderated,
                participant=None,
            )
        state = dict(self._shared_state)
        if device is not None:
            author = device.author
            state["participant"] = {
                "first_name": author.first_name,
                "organisation": author.organisation,
            }
            state["vote"] = self._vote_state(workshop, author)
        return state

    def _vote_state(self, workshop: Workshop, author: Author) -> dict[str, Any] | None:
        store = self.context.store
        if self._vote_cards is None:
            zones = {z.id: z.name for z in store.board.zones.of_workshop(workshop.id)}
            self._vote_cards = [
                (card.id, card.text, zones.get(card.zone_id, "") if card.zone_id else "")
                for card in store.board.cards.of_workshop(workshop.id)
            ]
        vote_round = store.board.rounds.current(workshop.id)
        if vote_round is None:
            return None
        person = self._find_person(author)
        used = store.board.votes.used(vote_round.id, person.id) if person else 0
        return vote_payload(
            VoteState(
                votes_per_person=vote_round.votes_per_person,
                votes_left=max(0, vote_round.votes_per_person - used),
                cards=self._vote_cards,
            )
        )

    def _forget_state(self, *_: object) -> None:
        self._shared_state = None
        self._vote_cards = None

    # ---- what phones send ------------------------------------------------------------------

    def _post_card(self, device: Device, request: CardRequest) -> tuple[int, dict[str, Any]]:
        zone = self._zone(request.zone_id)
        if not self.session.zone_open(zone.id):
            raise LiveError(409, "zone_closed")
        if self.session.moderated:
            self.session.inbox.add(device.author, request, dt.datetime.now())
            self._inbox_grew()
            return 202, {"status": "pending"}
        card_id = self.publish_card(device.author, request, zone)
        return 201, {"status": "published", "card_id": card_id}

    def _vote(self, device: Device, request: api.VoteRequest) -> tuple[int, dict[str, Any]]:
        store = self.context.store
        workshop = self._workshop()
        vote_round = store.board.rounds.current(workshop.id)
        if vote_round is None:
            raise LiveError(409, "no_vote")
        cards = store.board.cards.find("id = ? AND workshop_id = ?", [request.card_id, workshop.id])
        if not cards:
            raise LiveError(422, "invalid", "card_id")
        person = self._find_person(device.author)
        used = store.board.votes.used(vote_round.id, person.id) if person else 0
        if used >= vote_round.votes_per_person:
            raise LiveError(409, "no_votes_left")
        stack = self.context.undo_stack
        stack.beginMacro(self.tr("Vote de %1").replace("%1", str(device.author)))
        try:
            person_id = self._ensure_person(device.author)
            cast: list[int] = []
            command = _PhoneCallCommand(
                self.context,
                self.tr("Vote"),
                Changes.of(Area.BOARD),
                do=lambda: cast.append(
                    store.board.votes.cast(cards[0].id, person_id, vote_round.id)
                ),
                revert=lambda: store.board.votes.delete(cast.pop()),
                initiator=self,
            )
            command.batch = self._batch
            stack.push(command)
        finally:
            stack.endMacro()
        left = vote_round.votes_per_person - store.board.votes.used(vote_round.id, person_id)
        return 201, {"status": "voted", "votes_left": left}

    def _propose(self, device: Device, request: CommitmentRequest) -> tuple[int, dict[str, Any]]:
        alliance_ids = {a.id for a in self.context.store.alliances.of_workshop(self._workshop().id)}
        if request.alliance_id not in alliance_ids:
            raise LiveError(422, "invalid", "alliance_id")
        self.session.inbox.add(device.author, request, dt.datetime.now())
        self._inbox_grew()
        return 202, {"status": "pending"}

    # ---- moderation ------------------------------------------------------------------------

    def accept(self, item_id: int) -> bool:
        """Turn an inbox item into a card or a commitment (undoable); False if it is gone."""
        item = self.session.inbox.take(item_id)
        if item is None:
            return False
        try:
            if isinstance(item.request, CardRequest):
                self.publish_card(item.author, item.request)
            else:
                self.publish_commitment(item.author, item.request)
        except Exception:
            self.session.inbox.put_back(item)
            raise
        finally:
            self.inbox_changed.emit()
        return True

    def reject(self, item_id: int) -> bool:
        removed = self.session.inbox.take(item_id) is not None
        self.inbox_changed.emit()
        return removed

    def edit(self, item_id: int, text: str) -> Pending | None:
        """Correct an item's text before accepting it (the limits still apply)."""
        limits = self.session.limits
        item = self.session.inbox.get(item_id)
        if item is None:
            return None
        limit = limits.card_text if item.is_card else limits.commitment_text
        edited = self.session.inbox.edit_text(
            item_id, api.clean_text(text, "text", limit, multiline=True)
        )
        self.inbox_changed.emit()
        return edited

    # ---- records ---------------------------------------------------------------------------

    def publish_card(
        self, author: Author, request: CardRequest, zone: Zone | None = None
    ) -> CardId:
        """Add a phone's card to its zone's next free slot, as one undoable step."""
        store = self.context.store
        zone = zone or self._zone(request.zone_id)
        occupied = store.db.execute(
            "SELECT x, y, text FROM cards WHERE zone_id = ?", [zone.id]
        ).fetchall()
        x, y = next_slot(zone, occupied, request.text)
        stack = self.context.undo_stack
        stack.beginMacro(self.tr("Contribution de %1").replace("%1", str(author)))
        try:
            person_id = self._ensure_person(author)
            person = store.people.get(person_id)
            card = self._add(
                self.tr("Ajouter une contribution"),
                Changes.of(Area.BOARD),
                store.board.cards,
                Card(
                    workshop_id=zone.workshop_id,
                    zone_id=zone.id,
                    text=request.text,
                    person_id=person_id,
                    organisation_id=person.organisation_id,
                    x=x,
                    y=y,
                    source="phone",
                    created_at=dt.datetime.now().replace(microsecond=0),
                ),
            )
        finally:
            stack.endMacro()
        card_id = CardId(card.id)
        return card_id

    def publish_commitment(self, author: Author, request: CommitmentRequest) -> None:
        """Add a proposed commitment (status proposé), its partner created if needed."""
        store = self.context.store
        alliance = store.alliances.get(request.alliance_id)
        changes = Changes.of(Area.ALLIANCES, Area.COMMITMENTS)
        stack = self.context.undo_stack
        stack.beginMacro(self.tr("Engagement de %1").replace("%1", str(author)))
        try:
            person_id = self._ensure_person(author)
            organisation_id = store.people.get(person_id).organisation_id
            assert organisation_id is not None
            partners = store.partners.find(
                "alliance_id = ? AND organisation_id = ?", [alliance.id, organisation_id]
            )
            if partners:
                partner_id = partners[0].id
            else:
                partner = self._add(
                    self.tr("Ajouter un partenaire"),
                    changes,
                    store.partners,
                    Partner(
                        alliance_id=alliance.id,
                        organisation_id=organisation_id,
                        contact_person_id=person_id,
                    ),
                )
                partner_id = partner.id
            kind = request.resource_kind
            self._add(
                self.tr("Ajouter un engagement"),
                changes,
                store.commitments,
                Commitment(
                    partner_id=partner_id,
                    description=request.description,
                    resource_kind=kind,
                    quantity=request.quantity,
                    unit=RESOURCE_UNITS[kind][0] if request.quantity is not None else "",
                    due_date=request.due_date,
                    status=CommitmentStatus.PROPOSE,
                    signatory_id=person_id,
                    note=self.tr("Proposé depuis un téléphone"),
                ),
            )
        finally:
            stack.endMacro()

    def _find_person(self, author: Author) -> Person | None:
        organisation = self.context.store.organisations.by_name(author.organisation)
        return self._person_in(author, organisation.id) if organisation else None

    def _person_in(self, author: Author, organisation_id: int) -> Person | None:
        people = self.context.store.people.find(
            "first_name = ? COLLATE NOCASE AND organisation_id = ?",
            [author.first_name, organisation_id],
        )
        return people[0] if people else None

    def _ensure_person(self, author: Author) -> PersonId:
        """The person a phone speaks for, matched on first name and organisation, else added.

        Call inside an undo macro: what is added here is undone with the contribution.
        """
        store = self.context.store
        organisation = store.organisations.by_name(author.organisation)
        if organisation is None:
            organisation = self._add(
                self.tr("Ajouter une organisation"),
                Changes.of(Area.ORGANISATIONS),
                store.organisations,
                Organisation(name=author.organisation),
            )
        person = self._person_in(author, organisation.id)
        if person is not None:
            return person.id
        person = self._add(
            self.tr("Ajouter une personne"),
            Changes.of(Area.PEOPLE),
            store.people,
            Person(first_name=author.first_name, organisation_id=OrganisationId(organisation.id)),
        )
        return PersonId(person.id)

    def _workshop(self) -> Workshop:
        workshop_id = self.context.current_workshop_id
        if workshop_id is None:
            raise LiveError(409, "no_workshop")
        return self.context.store.workshops.get(workshop_id)

    def _zone(self, zone_id: int) -> Zone:
        """A zone of the current workshop (422 for any other id)."""
        zones = self.context.store.board.zones.find(
            "id = ? AND workshop_id = ?", [zone_id, self._workshop().id]
        )
        if not zones:
            raise LiveError(422, "invalid", "zone_id")
        return zones[0]
