"""The phone API's behaviour on the GUI thread: answers requests, turns contributions into records.

Every record a phone causes is one core operation (`workshop.ops.live`) run through
`context.apply`, so the facilitator can undo any contribution as one step; the screens' refresh
for the phones is batched (at most every 100 ms, less often under load).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ui.context import AppContext
from ui.i18n import current_lang
from ui.live import methods as phone_methods
from workshop.domain.changes import Area, Changes
from workshop.domain.records import (
    CardId,
    OrganisationId,
    PersonId,
    Workshop,
    WorkshopId,
    Zone,
    ZoneId,
)
from workshop.domain.seating import TableId
from workshop.errors import InvalidInput
from workshop.live import api
from workshop.live.api import CardChange, CardRequest, CommitmentRequest, LiveError
from workshop.live.http import (
    API_ROUTES,
    CODE_HEADER,
    DEVICE_HEADER,
    HttpRequest,
    HttpResponse,
    check_method,
    error_response,
    json_response,
    read_body,
    static_response,
)
from workshop.live.matches import Match, MatchKind, offer_matches
from workshop.live.moderation import Author, Inbox, Pending
from workshop.live.registry import attending_organisations, check_join, person_label
from workshop.live.session import Answer, Device, LiveSession
from workshop.live.state import (
    VoteCard,
    VoteState,
    cards_version,
    state_payload,
    vote_cards_payload,
    vote_payload,
)
from workshop.live.tables import (
    TableHostRequest,
    my_table_payload,
    parse_table_card,
    parse_table_host,
    tables_payload,
)
from workshop.ops import live as ops
from workshop.ops import tables as table_ops
from workshop.ops.merge import merge_organisations
from workshop.ops.registry import AmbiguousOrganisation, UnknownOrganisation
from workshop.storage.live import LiveOwners

_COMMITMENT_STATUS = {
    "propose": "proposed",
    "confirme": "confirmed",
    "realise": "done",
    "abandonne": "dropped",
}
log = logging.getLogger(__name__)

NOTIFY_BATCH_MS = 100  # phones' changes reach the screens at most this often…
NOTIFY_MAX_MS = 500  # …or less often when refreshing takes long (never over half a second)
GROUP_CARD_COST_S = 0.0005  # a first guess of a grouped card's cost, then measured
# What the phones are shown: a change elsewhere (the registry's details…) keeps their state.
PHONE_AREAS = frozenset(Area) - {Area.COMMITMENTS}
# The vote's card list a phone already holds (its "cards_version"): the state then omits it.
VOTE_CARDS_HEADER = "X-Catalyse-Vote-Cards"


@dataclasses.dataclass
class _GroupedCard:
    """A phone's card taken in the server's batch, written with the batch's other cards (one
    operation, `flush_group`); its answer is known once they are written."""

    token: str
    request_id: str
    asked: str
    device: Device
    card: CardRequest
    answer: tuple[int, dict[str, Any]] | None = None
    error: LiveError | None = None

    def response(self) -> HttpResponse:
        if self.answer is not None:
            return json_response(*self.answer)
        return error_response(self.error or LiveError(500, "server"))


def _live_error(error: InvalidInput) -> LiveError:
    """The phone API's answer to an operation that refused a contribution."""
    if isinstance(error, UnknownOrganisation):
        return LiveError(422, "unknown_organisation", "organisation")
    if isinstance(error, AmbiguousOrganisation):
        return LiveError(422, "ambiguous_organisation", "organisation")
    if isinstance(error, ops.LiveRefused):
        if error.code == "not_joined":
            return LiveError(401, "not_joined")
        if error.code == "not_yours":
            return LiveError(404, "not_yours", error.field)
        if error.code == "not_voted":
            return LiveError(409, "no_vote", error.field)
        conflicts = ("no_vote", "no_votes_left", "vote_closed", "card_not_in_round", "card_locked")
        status = 409 if error.code in conflicts else 422
        return LiveError(status, error.code, error.field)
    return LiveError(422, "invalid", error.field)


class LiveService(QObject):
    """Answers the phones for the current workshop; what it adds can be undone."""

    inbox_changed = Signal()  # at most once per refresh batch
    matches_changed = Signal()  # the matches to confirm, at most once per refresh batch

    def __init__(
        self, context: AppContext, session: LiveSession | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.session = session or LiveSession()
        # The inbox is the store's (the file open now), for the workshop shown now.
        self.session.inbox = Inbox(lambda: context.store, lambda: context.current_workshop_id)
        self._shared_state: dict[str, Any] | None = None
        self._vote_cards: tuple[int, list[VoteCard], list[dict[str, Any]], str] | None = None
        # Everyone's votes per card of the running round (read once per change, not per poll).
        self._vote_totals: tuple[int, dict[int, int]] | None = None
        self._pending_changes: Changes | None = None
        self._inbox_dirty = False
        self._matches_dirty = False
        # Participants who joined, still to be compared with the registry: one per turn of the
        # event loop, after the phones are answered (a comparison reads every person).
        self._to_match: list[tuple[WorkshopId, PersonId, bool, bool]] = []
        self._tentative: list[Callable[[], None]] | None = None  # see batch()
        # The phones' cards taken in the server's batch, written together (see flush_group),
        # and what writing one of them costs the GUI thread (measured: the batch's budget).
        self._group: list[_GroupedCard] | None = None
        self._grouped: set[tuple[str, str]] = set()
        self.group_card_cost_s = GROUP_CARD_COST_S
        self._match_timer = QTimer(self)
        self._match_timer.setSingleShot(True)
        self._match_timer.setInterval(0)
        self._match_timer.timeout.connect(self._match_next_arrival)
        # A refresh of the screens and a batch of phone calls are not run back to back: the
        # one that comes second waits for the event loop's next turn (the UI paints, takes
        # input). The server sets `just_answered` after a batch; a refresh then waits a turn
        # (`refresh_due`), and the server lets it go first; after a refresh (`just_refreshed`)
        # the server's next batch waits a turn.
        self.just_refreshed = False
        self.just_answered = False
        self.refresh_due = False
        self._notify_timer = QTimer(self)
        self._notify_timer.setSingleShot(True)
        self._notify_timer.setInterval(NOTIFY_BATCH_MS)
        self._notify_timer.timeout.connect(self._on_notify_timer_timeout)
        # The refresh put off by a batch of calls: a zero timer, which runs after the input and
        # the timers already due (a queued call, as singleShot(0) makes, ran before them: the
        # batch and the refresh were then one pause of the UI).
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.flush_changes)
        context.data_changed.connect(self._on_context_data_changed)

    # ---- settings the facilitator changes -------------------------------------------------

    def set_moderated(self, moderated: bool) -> None:
        self.session.moderated = moderated
        self._forget_state()

    def set_zone_open(self, zone_id: ZoneId, is_open: bool) -> None:
        self.session.set_zone_open(zone_id, is_open)
        self._forget_state()

    @property
    def inbox(self) -> Inbox:
        """The contributions waiting for moderation (in the database: they survive a crash)."""
        return self.session.inbox

    def set_anonymous(self, anonymous: bool) -> None:
        """The facilitator's choice: the phones' next cards of this workshop carry no names
        (one undoable step)."""
        workshop_id = self._workshop_id()
        if self._workshop().anonymous == anonymous:
            return
        text = (
            self.tr("Cartes des téléphones sans nom")
            if anonymous
            else self.tr("Cartes des téléphones avec le nom")
        )
        self.context.apply(
            text,
            lambda store: ops.set_workshop_anonymous(store, workshop_id, anonymous),
            initiator=self,
        )

    def discard_inbox(self) -> int:
        """Erase what waits in the inbox of the current workshop (the session ends without it:
        the facilitator chose so); how many items went."""
        discarded = self.session.inbox.discard()
        self.inbox_changed.emit()
        return discarded

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

    def _on_notify_timer_timeout(self) -> None:
        if self.just_answered:  # the server just had its turn: refresh at the next one
            self.just_answered = False
            self.refresh_due = True
            self._refresh_timer.start()
            return
        self.flush_changes()

    def flush_changes(self) -> None:
        """Tell the screens now what the phones changed since the last refresh."""
        self._notify_timer.stop()
        self._refresh_timer.stop()
        self.refresh_due = False
        changes, self._pending_changes = self._pending_changes, None
        if self._inbox_dirty:
            self._inbox_dirty = False
            self.inbox_changed.emit()
        if self._matches_dirty:
            self._matches_dirty = False
            self.matches_changed.emit()
        if changes is not None:
            started = time.monotonic()
            self.just_refreshed = True
            self.context.notify(changes, self)
            # Keep the screens' refreshes to a third of the UI thread's time under load.
            spent_ms = (time.monotonic() - started) * 1000
            interval = min(NOTIFY_MAX_MS, max(NOTIFY_BATCH_MS, round(2 * spent_ms)))
            self._notify_timer.setInterval(interval)

    # ---- HTTP ---------------------------------------------------------------------------

    def respond(self, request: HttpRequest) -> HttpResponse:
        """The answer to one request; nothing outside the page and the API is ever served."""
        answer = self._respond(request)
        if isinstance(answer, _GroupedCard):
            self.flush_group()
            return answer.response()
        return answer

    def respond_later(self, request: HttpRequest) -> Callable[[], HttpResponse]:
        """How to answer one request of the server's batch (`batch`): a card is written with
        the batch's other cards by `flush_group`, before its phone is told "reçu"."""
        answer = self._respond(request)
        if isinstance(answer, _GroupedCard):
            return answer.response
        return lambda: answer

    def _respond(self, request: HttpRequest) -> HttpResponse | _GroupedCard:
        try:
            if request.path in API_ROUTES:
                check_method(request, API_ROUTES[request.path])
                self.session.check_code(request.header(CODE_HEADER))
                answer = self._api(request)
                if isinstance(answer, _GroupedCard):
                    return answer
                return json_response(*answer)
            check_method(request, "GET")
            return static_response(request.path)
        except LiveError as error:
            return error_response(error)

    def _api(self, request: HttpRequest) -> tuple[int, dict[str, Any]] | _GroupedCard:
        limits = self.session.limits
        token = request.header(DEVICE_HEADER)
        if request.path not in ("/api/state", "/api/cards"):
            self.flush_group()  # what this call writes or reads comes after the cards taken
        if request.path == "/api/state":
            if token:
                device = self.session.device(token, write=False)
                return 200, self.state_for(device, request.header(VOTE_CARDS_HEADER))
            self.session.check_anonymous_read(request.address)
            return 200, self.state_for(None)
        if request.data is None:  # not read on the server's thread (a test, the desk)
            request = read_body(request, limits)
        assert request.data is not None
        data, asked = request.data, request.asked
        if request.path == "/api/join":
            joined = api.parse_join(data, limits)
            if self.session.rejoin(token) is not None:
                assert token is not None
                self._welcome(token)  # present at the workshop open now, as declared then
                return 200, {"device": token}
            check_join(self.context.store, joined)
            token = self.session.join(joined, request.address, previous=token)
            self._tentative_effect(lambda: self.session.forget(token))
            try:
                self._welcome(token)
            except BaseException:
                self.session.forget(token)
                raise
            return 201, {"device": token}
        device = self.session.device(token, write=True)
        assert token is not None
        request_id = str(data.get("request_id", ""))
        if (token, request_id) in self._grouped:
            self.flush_group()  # sent again before its answer: the answer is then replayed
        replay = self.session.answered(token, request_id, asked)
        if replay is not None:
            return replay.status, replay.payload
        if request.path == "/api/cards" and data.get("table_id") is not None:
            table_card, table_id = parse_table_card(data, limits)  # a host, for their table
            self._welcome_unbound(token, device)
            status, payload = self._post_table_card(device, table_card, table_id)
        elif request.path == "/api/tables/host":
            status, payload = self._host_table(device, parse_table_host(data, limits))
        elif request.path == "/api/cards":
            card = api.parse_card(data, limits)
            self._welcome_unbound(token, device)
            if (
                self._group is not None
                and not self.session.moderated
                and self.session.zone_open(card.zone_id)
            ):
                grouped = _GroupedCard(token, request_id, asked, device, card)
                self._group.append(grouped)
                self._grouped.add((token, request_id))
                return grouped
            self.flush_group()
            status, payload = self._post_card(device, card)
        elif request.path == "/api/votes":
            vote = api.parse_vote(data, limits)
            self._welcome_unbound(token, device)
            status, payload = self._vote(device, vote)
        elif request.path == "/api/votes/withdraw":
            status, payload = self._withdraw_vote(device, api.parse_vote(data, limits))
        elif request.path in ("/api/cards/edit", "/api/cards/withdraw"):
            change = api.parse_card_change(data, limits, edit=request.path.endswith("edit"))
            status, payload = self._change_card(device, change)
        elif request.path in phone_methods.ROUTES:  # a poll's answer, the open space's topics
            self.flush_group()
            self._welcome_unbound(token, device)
            status, payload = phone_methods.answer(self, device, request.path, data)
        else:
            today = dt.date.today()
            proposal = api.parse_commitment(data, limits, today)
            self._welcome_unbound(token, device)
            status, payload = self._propose(device, proposal)
        self.session.remember(token, request_id, Answer(status, payload, asked))
        self._tentative_effect(lambda: self.session.forget_answer(token, request_id))
        return status, payload

    # ---- a batch of calls, saved together ---------------------------------------------------

    @contextmanager
    def batch(self) -> Iterator[None]:
        """The calls answered inside are saved together by the caller's transaction (the
        server's batch): when it fails, what they left in memory is taken back too (a phone
        joined, an answer to replay, a contribution waiting in the inbox), so that a phone
        told "not saved" finds no trace of its request and its resend is taken afresh."""
        self._tentative = []
        self._group = []
        try:
            yield
            self.flush_group()  # the caller's transaction wrote them already (see the server)
        except BaseException:
            for undo in reversed(self._tentative):
                undo()
            raise
        finally:
            self._tentative = None
            self._group = None
            self._grouped = set()

    def pending_cost_s(self) -> float:
        """What writing the cards taken in this batch is expected to cost the GUI thread."""
        return len(self._group or ()) * self.group_card_cost_s

    def flush_group(self) -> None:
        """Write the cards taken in this batch, as one operation and one undo step ("N cartes
        des téléphones"): one commit for all of them, their refresh batched. A card the
        operation refuses refuses the group: each is then taken on its own, and answered
        its own refusal."""
        group = self._group
        if not group:
            return
        self._group, self._grouped = [], set()
        started = time.thread_time()
        try:
            workshop_id = self._workshop_id()
            posts = [(grouped.device.author, grouped.card) for grouped in group]
            authors = {author for author, _card in posts}
            text = (
                self._step(
                    self.tr("Contribution de %1"), self.tr("Contribution anonyme"), posts[0][0]
                )
                if len(posts) == 1
                else self._step(
                    self.tr("Contributions de %1"), self.tr("Contributions anonymes"), posts[0][0]
                )
                if len(authors) == 1
                else self.tr("%1 cartes des téléphones").replace("%1", str(len(posts)))
            )
            lang = current_lang()
            cards = self._apply(
                text, lambda store: ops.post_phone_cards(store, workshop_id, posts, lang=lang)
            )
        except Exception as error:
            if not isinstance(error, LiveError):
                log.exception("live participation: %s cards could not be written", len(group))
            for grouped in group:  # each on its own: the refused one told why
                try:
                    card_id = self.publish_card(
                        grouped.device.author, grouped.card, device=grouped.device
                    )
                    grouped.answer = (201, {"status": "published", "card_id": card_id})
                except LiveError as refused:
                    grouped.error = refused
                except Exception:
                    log.exception("live participation: a card could not be written")
                    grouped.error = LiveError(500, "server")
        else:
            for grouped, card in zip(group, cards, strict=True):
                device = grouped.device
                if card.person_id is not None and device.author.person_id != card.person_id:
                    device.author = dataclasses.replace(device.author, person_id=card.person_id)
                grouped.answer = (201, {"status": "published", "card_id": card.id})
            spent = (time.thread_time() - started) / len(group)
            self.group_card_cost_s = 0.7 * self.group_card_cost_s + 0.3 * spent
        for grouped in group:
            if grouped.answer is not None:
                token, request_id = grouped.token, grouped.request_id
                self.session.remember(token, request_id, Answer(*grouped.answer, grouped.asked))
                self._tentative_effect(
                    lambda t=token, r=request_id: self.session.forget_answer(t, r)
                )

    def _tentative_effect(self, undo: Callable[[], None]) -> None:
        """Remember how to take back an effect in memory, should the batch not be saved."""
        if self._tentative is not None:
            self._tentative.append(undo)

    # ---- who the phones are ----------------------------------------------------------------

    def _welcome(self, token: str) -> None:
        """A phone that joined counts its participant present ("via téléphone"), as declared
        and as one undoable step, and offers the facilitator who they may already be in the
        registry: what a phone declares is never taken for a registry record by itself."""
        workshop_id = self.context.current_workshop_id
        device = self.session.devices[token]
        author = device.author
        if workshop_id is None or ops.is_counted_present(self.context.store, workshop_id, author):
            return
        arrival = self._apply(
            self.tr("Arrivée de %1 depuis un téléphone").replace("%1", str(author)),
            lambda store: ops.welcome_phone_participant(
                store, workshop_id, author, lang=current_lang()
            ),
        )
        self.session.bind(token, arrival.person.id)
        if arrival.person_added or arrival.organisation_added:
            self._to_match.append(
                (workshop_id, arrival.person.id, arrival.person_added, arrival.organisation_added)
            )
            self._match_timer.start()

    def _welcome_unbound(self, token: str, device: Device) -> None:
        """A phone that joined while no workshop was open is welcomed before it contributes:
        its contributions (and its votes' budget) are then one participant's, never a new
        person's each time. (One whose arrival the facilitator undid is bound again by its
        next card, or, for a vote, by joining again with its token: see `_live_error`.)"""
        if device.author.person_id is None and self.context.current_workshop_id is not None:
            self._welcome(token)

    def _match_next_arrival(self) -> None:
        """Offer the facilitator who the next participant to compare may be in the registry."""
        if not self._to_match:
            return
        workshop_id, person_id, person_added, organisation_added = self._to_match.pop(0)
        if self._to_match:
            self._match_timer.start()
        store = self.context.store
        found = store.people.find("id = ?", [person_id])
        if not found:
            return  # undone, or merged, meanwhile
        if offer_matches(
            store,
            self.session.matches,
            workshop_id,
            found[0],
            person_added=person_added,
            organisation_added=organisation_added,
        ):
            self._matches_dirty = True
            if not self._notify_timer.isActive():
                self._notify_timer.start()

    def compare_arrivals_now(self) -> None:
        """Compare at once every participant still waiting to be (a test, a closing panel)."""
        while self._to_match:
            self._match_next_arrival()

    def matches(self) -> list[Match]:
        """The matches waiting for the facilitator, those whose records are gone left out."""
        self.session.matches.forget_missing(self.context.store)
        return self.session.matches.items()

    def confirm_match(self, match_id: int) -> bool:
        """ "C'est bien X": the phone's person (or organisation) is merged into X, as one
        undoable step; False when the match is gone."""
        match = self.session.matches.get(match_id)
        if match is None:
            return False
        store = self.context.store
        lang = current_lang()
        try:
            if match.kind is MatchKind.PERSON:
                kept = store.people.get(PersonId(match.candidate_id))
                self.context.apply(
                    self.tr("C'est bien %1").replace("%1", person_label(store, kept)),
                    lambda store: ops.confirm_phone_person(
                        store,
                        PersonId(match.phone_id),
                        kept.id,
                        added_organisation_id=match.added_organisation_id,
                        lang=lang,
                    ),
                    initiator=self,
                )
                self.session.rebind(PersonId(match.phone_id), kept.id)
            else:
                organisation = store.organisations.get(OrganisationId(match.candidate_id))
                self.context.apply(
                    self.tr("C'est bien %1").replace("%1", organisation.name),
                    lambda store: merge_organisations(
                        store, organisation.id, OrganisationId(match.phone_id), lang=lang
                    ),
                    initiator=self,
                )
            self.session.matches.settle(match.kind, match.phone_id)
        finally:
            self.session.matches.forget_missing(store)
            self.matches_changed.emit()
        return True

    def dismiss_match(self, match_id: int) -> bool:
        """ "Nouvelle personne" / "Nouvelle organisation": the phone's record is someone else
        than every match offered for it; nothing is written."""
        match = self.session.matches.get(match_id)
        if match is None:
            return False
        self.session.matches.settle(match.kind, match.phone_id)
        self.matches_changed.emit()
        return True

    # ---- what phones read ------------------------------------------------------------------

    def state_for(self, device: Device | None, known_cards: str | None = None) -> dict[str, Any]:
        """The session's state as one phone sees it (shared part computed once per change)."""
        workshop_id = self._workshop_id()
        if self._shared_state is None:
            store = self.context.store
            zones = [
                z
                for z in store.board.zones.of_workshop(workshop_id)
                if self.session.zone_open(z.id)
            ]
            self._shared_state = state_payload(
                workshop=store.workshops.get(workshop_id),
                lang=current_lang(),
                zones=zones,
                alliances=store.alliances.of_workshop(workshop_id),
                organisations=attending_organisations(store, workshop_id),
                vote=None,
                moderated=self.session.moderated,
                participant=None,
            )
            self._shared_state["tables"] = tables_payload(store, workshop_id)
        state = dict(self._shared_state)
        if device is not None:
            author = device.author
            state["participant"] = {
                "first_name": author.first_name,
                "organisation": self._organisation_name(author),
            }
            state["vote"] = self._vote_state(workshop_id, author, known_cards)
            state["mine"] = self._mine(workshop_id, author)
            state["table"] = my_table_payload(self.context.store, workshop_id, author.person_id)
            state.update(phone_methods.state(self, device))  # the open poll, the open space
        return state

    def _mine(self, workshop_id: WorkshopId, author: Author) -> dict[str, Any]:
        """ "Mes contributions": what this phone posted (published, or waiting in the inbox) and
        whether it may still change it, and the commitments it proposed."""
        store = self.context.store
        owners = LiveOwners(store.db)
        cards: list[dict[str, Any]] = [
            {
                "id": card.card_id,
                "pending_id": None,
                "zone_id": card.zone_id,
                "text": card.text,
                "status": "published",
                "editable": card.editable,
            }
            for card in owners.cards_of(author.device, workshop_id)
        ]
        commitments: list[dict[str, Any]] = []
        for pending in self.session.inbox.of_device(author.device):
            if isinstance(pending.request, CardRequest):
                cards.append(
                    {
                        "id": None,
                        "pending_id": pending.id,
                        "zone_id": pending.request.zone_id,
                        "text": pending.request.text,
                        "status": "pending",
                        "editable": True,
                    }
                )
            else:
                commitments.append({"description": pending.text, "status": "pending"})
        commitments[:0] = [
            {"description": description, "status": _COMMITMENT_STATUS.get(status, status)}
            for description, status in owners.commitments_of(author.device, workshop_id)
        ]
        return {"cards": cards, "commitments": commitments}

    def _organisation_name(self, author: Author) -> str:
        """The organisation a phone speaks for, as the registry spells it (as typed when the
        phone is not bound to a person yet)."""
        if author.person_id is None:
            return author.organisation
        store = self.context.store
        people = store.people.find("id = ?", [author.person_id])
        organisation_id = people[0].organisation_id if people else None
        if organisation_id is None:
            return author.organisation
        found = store.organisations.find("id = ?", [organisation_id])
        return found[0].name if found else author.organisation

    def _vote_state(
        self, workshop_id: WorkshopId, author: Author, known_cards: str | None = None
    ) -> dict[str, Any] | None:
        """A running vote as this participant sees it (None: no vote): every card of the
        round's zones, zone by zone (read once per change), with this participant's dots."""
        store = self.context.store
        vote_round = store.board.rounds.current(workshop_id)
        if vote_round is None:
            return None
        if self._vote_cards is None or self._vote_cards[0] != vote_round.id:
            zones = store.board.zones.of_workshop(workshop_id)
            order = {z.id: index for index, z in enumerate(zones)}
            names = {z.id: z.name for z in zones}
            last = len(order)
            cards = sorted(
                (
                    c
                    for c in store.board.cards.of_workshop(workshop_id)
                    if vote_round.covers(c.zone_id)
                ),
                key=lambda c: (order.get(c.zone_id, last) if c.zone_id else last, c.id),
            )
            vote_cards = [
                VoteCard(
                    id=card.id,
                    text=card.text,
                    zone=names.get(card.zone_id, "") if card.zone_id else "",
                    zone_id=card.zone_id,
                )
                for card in cards
            ]
            shared = vote_cards_payload(vote_cards)
            self._vote_cards = (vote_round.id, vote_cards, shared, cards_version(shared))
        _, vote_cards, shared, version = self._vote_cards
        totals: dict[int, int] = {}
        if vote_round.revealed:  # a hidden vote's totals never leave the laptop
            if self._vote_totals is None or self._vote_totals[0] != vote_round.id:
                tallies = store.board.votes.tallies(vote_round.id)
                counted = {int(card_id): tally.total for card_id, tally in tallies.items()}
                self._vote_totals = (vote_round.id, counted)
            totals = self._vote_totals[1]
        person = ops.phone_person(store, author)
        mine = store.board.votes.of_person(vote_round.id, person.id) if person else {}
        used = sum(mine.values())
        return vote_payload(
            VoteState(
                round_id=vote_round.id,
                votes_per_person=vote_round.votes_per_person,
                votes_left=max(0, vote_round.votes_per_person - used),
                zone_ids=vote_round.zone_ids,
                cards=vote_cards,
                my_votes={int(card_id): n for card_id, n in mine.items()},
                revealed=vote_round.revealed,
                totals=totals,
            ),
            shared,
            version=version,
            known_version=known_cards,
        )

    def _on_context_data_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(*PHONE_AREAS):
            self._forget_state()

    def _forget_state(self) -> None:
        self._shared_state = None
        self._vote_cards = None
        self._vote_totals = None

    # ---- what phones send ------------------------------------------------------------------

    def _post_card(self, device: Device, request: CardRequest) -> tuple[int, dict[str, Any]]:
        if not self.session.zone_open(request.zone_id):
            raise LiveError(409, "zone_closed")
        if self.session.moderated:
            self._zone(request.zone_id)  # checked now: the phone is told at once
            pending_id = self._wait_in_inbox(device, request)
            return 202, {"status": "pending", "pending_id": pending_id}
        card_id = self.publish_card(device.author, request, device=device)  # zone checked
        return 201, {"status": "published", "card_id": card_id}

    def _post_table_card(
        self, device: Device, request: CardRequest, table_id: TableId
    ) -> tuple[int, dict[str, Any]]:
        """A table's host posts for the table: in its zone, in the table's name (moderated:
        it waits in the inbox as any card, bound for the table's zone)."""
        if self.session.moderated or not self.session.zone_open(request.zone_id):
            return self._post_card(device, request)
        workshop_id, author = self._workshop_id(), device.author
        card = self._apply(
            self._step(self.tr("Carte de table de %1"), self.tr("Carte de table"), author),
            lambda store: table_ops.accept_table_card(
                store,
                workshop_id,
                author,
                table_id,
                request,
                lang=current_lang(),
            ),
        )
        return 201, {"status": "published", "card_id": card.id}

    def _host_table(self, device: Device, request: TableHostRequest) -> tuple[int, dict[str, Any]]:
        """A participant hosts a table from their phone (or no table any more)."""
        workshop_id, author = self._workshop_id(), device.author
        hosted = self._apply(
            self.tr("%1 hôte de table").replace("%1", str(author)),
            lambda store: table_ops.host_from_phone(
                store, workshop_id, author, request.table_id, lang=current_lang()
            ),
        )
        return 200, {"status": "hosting" if hosted else "not_hosting"}

    def _vote(self, device: Device, request: api.VoteRequest) -> tuple[int, dict[str, Any]]:
        workshop_id = self._workshop_id()
        author = device.author
        left = self._apply(
            self._step(self.tr("Vote de %1"), self.tr("Vote anonyme"), author),
            lambda store: ops.cast_phone_vote(
                store, workshop_id, author, request, lang=current_lang()
            ),
        )
        return 201, {"status": "voted", "votes_left": left}

    def _withdraw_vote(
        self, device: Device, request: api.VoteRequest
    ) -> tuple[int, dict[str, Any]]:
        workshop_id = self._workshop_id()
        author = device.author
        left = self._apply(
            self._step(self.tr("Vote retiré par %1"), self.tr("Vote anonyme retiré"), author),
            lambda store: ops.withdraw_phone_vote(
                store, workshop_id, author, request, lang=current_lang()
            ),
        )
        return 200, {"status": "withdrawn", "votes_left": left}

    def _change_card(self, device: Device, change: CardChange) -> tuple[int, dict[str, Any]]:
        """A phone edits or withdraws its own card: one undoable step on the board, or the
        inbox item changed (it is not a record yet)."""
        workshop_id = self._workshop_id()
        author = device.author
        lang = current_lang()
        if change.pending_id is not None:
            pending = self.session.inbox.get(change.pending_id)
            if (
                pending is None
                or not author.device
                or pending.author.device != author.device
                or pending.workshop_id != workshop_id
            ):
                raise LiveError(404, "not_yours", "pending_id")
            if change.text is None:
                self.session.inbox.take(pending.id)
            else:
                self.session.inbox.edit_text(pending.id, change.text)
            self._inbox_grew()
        elif change.card_id is not None:
            card_id, text = change.card_id, change.text
            if text is None:
                self._apply(
                    self._step(
                        self.tr("Carte retirée par %1"), self.tr("Carte anonyme retirée"), author
                    ),
                    lambda store: ops.withdraw_phone_card(
                        store, workshop_id, author, card_id, lang=lang
                    ),
                )
            else:
                self._apply(
                    self._step(
                        self.tr("Carte modifiée par %1"), self.tr("Carte anonyme modifiée"), author
                    ),
                    lambda store: ops.edit_phone_card(
                        store, workshop_id, author, card_id, text, lang=lang
                    ),
                )
        return 200, {"status": "edited" if change.text is not None else "withdrawn"}

    def _apply(self, text: str, operation: Any) -> Any:
        """Run a phone's operation as one undoable step, its refresh batched with the others'."""
        try:
            return self.context.apply(text, operation, initiator=self, notify=self._batch)
        except InvalidInput as error:
            raise _live_error(error) from error

    def _propose(self, device: Device, request: CommitmentRequest) -> tuple[int, dict[str, Any]]:
        alliance_ids = {a.id for a in self.context.store.alliances.of_workshop(self._workshop_id())}
        if request.alliance_id not in alliance_ids:
            raise LiveError(422, "invalid", "alliance_id")
        pending_id = self._wait_in_inbox(device, request)
        return 202, {"status": "pending", "pending_id": pending_id}

    def _wait_in_inbox(self, device: Device, request: CardRequest | CommitmentRequest) -> int:
        """Keep a contribution for moderation: written in the batch's transaction, so on disk
        before the phone is told it waits (and gone with the batch if that is not saved)."""
        self._workshop_id()
        item = self.session.inbox.add(device.author, request, dt.datetime.now())
        self._inbox_grew()
        self._tentative_effect(self._inbox_grew)
        return item.id

    # ---- moderation ------------------------------------------------------------------------

    def accept(self, item_id: int) -> bool:
        """Turn an inbox item into a card or a commitment (undoable); False if it is gone.

        A refusal (an InvalidInput, whose message says why) leaves the item in the inbox.
        """
        item = self.session.inbox.get(item_id)
        if item is None:
            return False
        workshop_id = item.workshop_id
        author, request = item.author, item.request
        text = (
            self._step(self.tr("Contribution de %1"), self.tr("Contribution anonyme"), author)
            if item.is_card
            else self.tr("Engagement de %1").replace("%1", str(author))
        )
        try:
            # The item leaves the inbox in the acceptance's transaction: undone, it waits again.
            self.context.apply(
                text,
                lambda store: ops.accept_pending(
                    store, workshop_id, author, request, lang=current_lang(), inbox_id=item.id
                ),
                initiator=self,
            )
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
        self,
        author: Author,
        request: CardRequest,
        zone: Zone | None = None,
        *,
        device: Device | None = None,
    ) -> CardId:
        """Add a phone's card to its zone's next free slot, as one undoable step; the phone
        (`device`) speaks from then on for the person the card was written by (the one its
        join added, or added again when the facilitator had undone that arrival)."""
        workshop_id = zone.workshop_id if zone else self._workshop_id()
        card = self._apply(
            self._step(self.tr("Contribution de %1"), self.tr("Contribution anonyme"), author),
            lambda store: ops.accept_phone_card(
                store, workshop_id, author, request, lang=current_lang()
            ),
        )
        bound = device.author.person_id if device is not None else card.person_id
        if device is not None and card.person_id is not None and bound != card.person_id:
            device.author = dataclasses.replace(device.author, person_id=card.person_id)
        return CardId(card.id)

    def publish_commitment(self, author: Author, request: CommitmentRequest) -> None:
        """Add a proposed commitment (status proposé), its partner added if needed."""
        workshop_id = self._workshop_id()
        self._apply(
            self.tr("Engagement de %1").replace("%1", str(author)),
            lambda store: ops.accept_phone_commitment(
                store, workshop_id, author, request, lang=current_lang()
            ),
        )

    def anonymous(self) -> bool:
        """Whether the current workshop's phone cards carry no names (read once per change)."""
        if self._shared_state is not None:
            return bool(self._shared_state["anonymous"])
        workshop_id = self.context.current_workshop_id
        found = self.context.store.workshops.find("id = ?", [workshop_id]) if workshop_id else []
        return bool(found and found[0].anonymous)

    def _step(self, named: str, anonymous: str, author: Author) -> str:
        """How the Edit menu names a phone's step: with its participant, or without in an
        anonymous workshop (the menu may be on the projector)."""
        return anonymous if self.anonymous() else named.replace("%1", str(author))

    def _workshop_id(self) -> WorkshopId:
        workshop_id = self.context.current_workshop_id
        if workshop_id is None:
            raise LiveError(409, "no_workshop")
        return workshop_id

    def _workshop(self) -> Workshop:
        return self.context.store.workshops.get(self._workshop_id())

    def _zone(self, zone_id: int) -> Zone:
        """A zone of the current workshop (422 for any other id)."""
        zones = self.context.store.board.zones.find(
            "id = ? AND workshop_id = ?", [zone_id, self._workshop_id()]
        )
        if not zones:
            raise LiveError(422, "invalid", "zone_id")
        return zones[0]
