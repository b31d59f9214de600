"""The HTTP side of the phone API without a server: requests, responses, the page's files."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from workshop.live.api import LiveError, parse_body
from workshop.live.limits import Limits

CODE_HEADER = "x-catalyse-code"
DEVICE_HEADER = "x-catalyse-device"

# The page and its two files: nothing else is ever served from disk.
STATIC_FILES: dict[str, tuple[str, str]] = {
    "/": ("index.html", "text/html; charset=utf-8"),
    "/static/app.js": ("app.js", "text/javascript; charset=utf-8"),
    "/static/app.css": ("app.css", "text/css; charset=utf-8"),
}
API_ROUTES: dict[str, str] = {
    "/api/state": "GET",
    "/api/join": "POST",
    "/api/cards": "POST",
    "/api/votes": "POST",
    "/api/votes/withdraw": "POST",
    "/api/cards/edit": "POST",
    "/api/cards/withdraw": "POST",
    "/api/commitments": "POST",
    "/api/tables/host": "POST",  # a participant hosts a table (world café, sous-groupes)
    "/api/polls/answer": "POST",  # a phone answers the open poll (its answer replaces the last)
    "/api/topics": "POST",  # a participant proposes an open-space topic they host
    "/api/topics/join": "POST",  # … joins or leaves a session
}
ROUTES = (*STATIC_FILES, *API_ROUTES)

SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": (
        "default-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Cache-Control": "no-store",
}


@dataclass(frozen=True, kw_only=True)
class HttpRequest:
    """A request as the server received it (header names in lower case)."""

    method: str
    path: str
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    address: str = ""
    # A write's body once read on the server's thread (`read_write`), and what it asks,
    # request id aside (how a resend of it is recognised); None: not read yet.
    data: dict[str, Any] | None = None
    asked: str = ""

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


@dataclass(frozen=True, kw_only=True)
class HttpResponse:
    """A response to send: status, content type, body and extra headers."""

    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


@cache
def static_file(name: str) -> bytes:
    """One of the page's files, read from the installed assets."""
    return resources.files("catalyse_assets").joinpath("web", name).read_bytes()


def static_response(path: str) -> HttpResponse:
    """The page or one of its files (404 for anything else: no path ever reaches the disk)."""
    if path not in STATIC_FILES:
        raise LiveError(404, "not_found")
    name, content_type = STATIC_FILES[path]
    return HttpResponse(status=200, content_type=content_type, body=static_file(name))


def json_response(status: int, payload: dict[str, Any]) -> HttpResponse:
    """A JSON reply; `<`, `>` and `&` are escaped so that no markup survives in it."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return HttpResponse(
        status=status, content_type="application/json; charset=utf-8", body=text.encode()
    )


def error_response(error: LiveError) -> HttpResponse:
    response = json_response(error.status, error.payload())
    if error.status == 429:
        response.headers["Retry-After"] = str(max(1, round(error.retry_after)))
    return response


def asked(path: str, data: dict[str, Any]) -> str:
    """What a write asks, its request id aside: a resend with another content is told so."""
    fields = {k: v for k, v in data.items() if k != "request_id"}
    return path + " " + json.dumps(fields, sort_keys=True, default=str)


def read_write(
    request: HttpRequest, limits: Limits, check_code: Callable[[str | None], None]
) -> HttpRequest | HttpResponse:
    """A write to the API read before it reaches the GUI thread (on the server's thread): its
    method, session code, content type and body checked, the body parsed into `data`; or the
    refusal to send at once. Anything else (the page, the state) is returned as it came."""
    expected = API_ROUTES.get(request.path)
    if expected != "POST" or request.data is not None:
        return request
    try:
        check_method(request, expected)
        check_code(request.header(CODE_HEADER))
        return read_body(request, limits)
    except LiveError as error:
        return error_response(error)


def read_body(request: HttpRequest, limits: Limits) -> HttpRequest:
    """A write with its JSON body parsed into `data` (and what it asks); LiveError when it
    does not say JSON or its body is not what a phone sends."""
    check_json(request)
    data = parse_body(request.body, limits)
    return dataclasses.replace(request, data=data, asked=asked(request.path, data))


def check_method(request: HttpRequest, expected: str) -> None:
    if request.method != expected:
        raise LiveError(405, "method")


def check_json(request: HttpRequest) -> None:
    """A write must say it sends JSON (a plain HTML form from another site cannot)."""
    content_type = (request.header("content-type") or "").split(";")[0].strip().lower()
    if content_type != "application/json":
        raise LiveError(415, "not_json")
