"""The phones' server, on the Qt side: API calls are answered on the GUI thread, in batches.

The HTTP side (workshop/live/serving.py) reads every connection in one asyncio thread and hands
each API call here through a queued invocation. The GUI thread answers the calls waiting at that
moment, up to a batch, in one transaction (one disk sync), then gives the event loop a turn: the
UI never stalls on the phones.

Why not QtHttpServer (PySide6 6.12 ships it): its Python binding can neither return a
QHttpServerResponse from a route (move-only, "cannot copy-convert") nor answer later through a
QFuture, so every request would be handled synchronously in the GUI thread; 150 phones posting
at once then froze the UI for over a second.
"""

from __future__ import annotations

import gc
import logging
import queue
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QMetaObject, QObject, Qt, QTimer, Signal, Slot

from ui.live.service import LiveService
from workshop.live.access import participation_url
from workshop.live.api import LiveError
from workshop.live.http import HttpRequest, HttpResponse, error_response, read_write
from workshop.live.serving import PhoneServer, Reply
from workshop.queries.live import keep_footprints

log = logging.getLogger(__name__)

BATCH_BUDGET_S = 0.006  # GUI time for one batch of API calls (one transaction), then yield
# The budget is the GUI thread's own time (CPU time), not the clock's: on a laptop busy with
# other programs a call took 4-6 ms by the clock for 1.5 ms of work, so a batch held one call,
# and each call paid a commit of its own (a disk sync: 1-7 ms, and the WAL pages it rewrites).
# (measured: 6 ms gave a UI pause of 25–39 ms and a p95 of 431–607 ms; 12 ms, 40–76 and 489–638)
# While phones are served, the GUI thread gets the interpreter back within 1 ms (not 5) after
# each SQLite call, which gives it up: measured, the UI's longest pause under 150 phones
# dropped from 128–164 ms to 66–83 ms on a loaded machine.
SERVING_SWITCH_INTERVAL_S = 0.001


FULL_COLLECTION_QUIET_S = 1.0  # a full garbage collection waits for this long without calls…
FULL_COLLECTION_MAX_WAIT_S = 120.0  # …but never longer than this after the previous one
# While phones are served, the middle generation is collected after 3 young passes, not 10:
# with 500 phones it holds the server's waiting requests (coroutines, futures, closures:
# 15,000-19,000 objects after 10 passes), and each of its passes took 6-18 ms of the GIL; after
# 3, 4-6 ms (what survives goes on to the old generation, collected when quiet).
MIDDLE_GENERATION_THRESHOLD = 3


class _FullCollections:
    """While phones are served, the garbage collector's full passes wait for a quiet moment
    (no phone call for a second, or two minutes at most): each walks every object the session
    made (cards, undo steps, answers to replay) and took 35-50 ms of the GUI thread's time with
    500 phones, 120-380 ms by the clock on a busy laptop, the UI's longest pauses. The young
    generations are still collected as usual."""

    def __init__(self) -> None:
        self.active = False
        self.last_call = 0.0
        self.last_full = 0.0
        self._thresholds = gc.get_threshold()

    def start(self) -> None:
        if not self.active:
            self.active = True
            self._thresholds = gc.get_threshold()
            gc.set_threshold(self._thresholds[0], MIDDLE_GENERATION_THRESHOLD, 1 << 30)
            self.last_full = time.monotonic()

    def collect_if_quiet(self) -> None:
        now = time.monotonic()
        if self.active and (
            (
                now - self.last_call >= FULL_COLLECTION_QUIET_S
                and now - self.last_full >= FULL_COLLECTION_QUIET_S
            )
            or now - self.last_full >= FULL_COLLECTION_MAX_WAIT_S
        ):
            gc.collect()
            self.last_full = time.monotonic()

    def stop(self) -> None:
        if self.active:
            self.active = False
            gc.set_threshold(*self._thresholds)


@dataclass
class _Call:
    """An API call waiting for the GUI thread's answer, and how to give it."""

    request: HttpRequest
    reply: Reply
    later: Callable[[], HttpResponse] | None = None  # the answer, once the batch is written
    response: HttpResponse | None = None


class _Bridge(QObject):
    """Lives in the GUI thread; `wake`, invoked queued from a server thread, runs there.

    A queued invokeMethod rather than a signal: PySide6 6.12 on Python 3.11 drops a reference
    to True at each Signal.emit(), which a busy server would run out of.
    """

    def __init__(self, on_wake: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._on_wake = on_wake

    @Slot()
    def wake(self) -> None:
        self._on_wake()


class LiveServer(QObject):
    """Serves the participant page and API on one address; nothing is bound until start()."""

    started = Signal(str)  # the participation URL
    stopped = Signal()

    def __init__(self, service: LiveService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._calls: queue.SimpleQueue[_Call] = queue.SimpleQueue()
        self._bridge = _Bridge(self._schedule_answers, self)
        self._answer_timer = QTimer(self)
        self._answer_timer.setSingleShot(True)
        self._answer_timer.setInterval(0)
        self._answer_timer.timeout.connect(self._answer_waiting_calls)
        self._phones: PhoneServer | None = None
        self._switch_interval = sys.getswitchinterval()
        self._collections = _FullCollections()
        self.batches = 0  # batches answered (one commit each), and the calls in them
        self.calls_answered = 0
        self._collect_timer = QTimer(self)
        self._collect_timer.setInterval(round(FULL_COLLECTION_QUIET_S * 1000))
        self._collect_timer.timeout.connect(self._collections.collect_if_quiet)
        self.url = ""

    @property
    def running(self) -> bool:
        return self._phones is not None

    @property
    def port(self) -> int:
        return self._phones.address[1] if self._phones else 0

    def start(self, address: str, port: int = 0) -> str:
        """Listen on `address` (an interface's IP) on `port`, or a free one if it is taken or 0;
        return the QR code's URL.

        Raises OSError when the address cannot be bound.
        """
        self.stop()
        phones = PhoneServer(self._submit, lambda: self.service.session.limits.body_bytes)
        try:
            phones.start(address, port)
        except OSError:
            if port == 0:
                raise
            phones.start(address, 0)
        self._phones = phones
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch_interval, SERVING_SWITCH_INTERVAL_S))
        self._collections.start()
        self._collect_timer.start()
        host = f"[{address}]" if ":" in address else address
        self.url = participation_url(host, self.port, self.service.session.code)
        self.started.emit(self.url)
        return self.url

    def stop(self) -> None:
        """Close the port at once and hang up on every phone; calls still waiting get 503."""
        phones, self._phones = self._phones, None
        if phones is None:
            return
        phones.stop()
        sys.setswitchinterval(self._switch_interval)
        self._collect_timer.stop()
        self._collections.stop()
        self._answer_waiting_calls(refuse=True)
        self.service.flush_changes()
        self.url = ""
        self.stopped.emit()

    # ---- called from the server's thread ---------------------------------------------------

    def _submit(self, request: HttpRequest, reply: Reply) -> None:
        """Queue an API call for the GUI thread, which answers it through `reply`; a write is
        read here first (its body parsed, its session code checked), and one refused is
        answered at once: the GUI thread spends no time on it."""
        try:
            read = read_write(request, self.service.session.limits, self.service.session.check_code)
        except Exception:
            log.exception("live participation: a request could not be read")
            read = request  # the GUI thread reads it, and answers as it always did
        if isinstance(read, HttpResponse):
            if reply.claim():
                reply(read)
            return
        self._calls.put(_Call(read, reply))
        QMetaObject.invokeMethod(self._bridge, "wake", Qt.ConnectionType.QueuedConnection)

    # ---- GUI thread ------------------------------------------------------------------------

    def _schedule_answers(self) -> None:
        """Answer at the next turn of the event loop, once for all calls queued by then."""
        if not self._answer_timer.isActive():
            self._answer_timer.start()

    def _answer_waiting_calls(self, refuse: bool = False) -> None:
        """Answer the calls waiting now, for BATCH_BUDGET_S at most, in one transaction (the
        cards posted written by one operation); then yield."""
        calls: list[_Call] = []
        if refuse or self._phones is None:
            while not self._calls.empty():
                call = self._calls.get_nowait()
                if call.reply.claim():  # else the phone was told "busy" already
                    call.response = error_response(LiveError(503, "stopped"))
                    calls.append(call)
        elif self.service.refresh_due or self.service.just_refreshed:
            self.service.just_refreshed = False
            self._answer_timer.start()  # after the UI's turn: a refresh took, or takes, this one
            return
        else:
            deadline = time.thread_time() + BATCH_BUDGET_S
            keep_footprints(self.service.context.store)  # outside the batch's transaction
            self._collections.last_call = time.monotonic()
            try:
                # One commit for the batch; if it fails, the service forgets the batch too.
                # The cards are written together at the end (one operation: flush_group); what
                # that will cost counts in the budget.
                with self.service.batch(), self.service.context.store.atomic():
                    while (
                        not calls or time.thread_time() + self.service.pending_cost_s() < deadline
                    ):
                        try:
                            call = self._calls.get_nowait()
                        except queue.Empty:
                            break
                        if not call.reply.claim():
                            continue  # the phone waited too long and was told "busy"
                        calls.append(call)
                        call.later = self._answer_later(call.request)
                    self.service.flush_group()  # before the commit: saved before "reçu"
                for call in calls:
                    call.response = call.later() if call.later else None
            except Exception:
                log.exception("live participation: a batch could not be saved")
                if not calls:  # refused before the first call (the file is gone): all of them
                    while not self._calls.empty():
                        call = self._calls.get_nowait()
                        if call.reply.claim():
                            calls.append(call)
                for call in calls:
                    call.response = error_response(LiveError(503, "not_saved"))
        for call in calls:
            call.reply(call.response or error_response(LiveError(500, "server")))
        self.service.just_answered = bool(calls)
        if calls:
            self.batches += 1
            self.calls_answered += len(calls)
        if not self._calls.empty():
            self._schedule_answers()  # the rest after the UI had its turn

    def _answer_later(self, request: HttpRequest) -> Callable[[], HttpResponse]:
        try:
            return self.service.respond_later(request)
        except Exception:
            log.exception("live participation: request to %s failed", request.path)
            failed = error_response(LiveError(500, "server"))
            return lambda: failed
