"""The phone API's requests: JSON parsed, fields cleaned and checked against the limits."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from workshop.domain.quantities import parse_quantity
from workshop.domain.totals import UNITS_EN
from workshop.domain.validation import clean_text as clean_text_of_core
from workshop.domain.vocabulary import RESOURCE_UNITS, Lang, OrganisationKind, ResourceKind
from workshop.errors import InvalidInput
from workshop.live.limits import Limits
from workshop.ops.live import CardRequest, CommitmentRequest, VoteRequest

__all__ = [
    "CardChange",
    "CardRequest",
    "CommitmentRequest",
    "JoinRequest",
    "LiveError",
    "VoteRequest",
]

UNIT_CHARS = 30  # a unit typed on a phone ("bénévoles", "m²", "tables pliantes")


class LiveError(Exception):
    """A refused request: the HTTP status, and a short code the page turns into a sentence."""

    def __init__(self, status: int, code: str, field: str = "", retry_after: float = 0.0) -> None:
        super().__init__(f"{status} {code} {field}".strip())
        self.status = status
        self.code = code
        self.field = field
        self.retry_after = retry_after

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {"error": self.code}
        if self.field:
            body["field"] = self.field
        return body


@dataclass(frozen=True, kw_only=True)
class JoinRequest:
    """A participant introducing themself: a first name, an organisation, and the kind they
    chose for an organisation the registry does not know (None: they did not choose one)."""

    first_name: str
    organisation: str
    organisation_kind: OrganisationKind | None = None


@dataclass(frozen=True, kw_only=True)
class CardChange:
    """A phone editing (`text`) or withdrawing (`text` None) one of its own contributions: a
    card on the board (`card_id`) or one still waiting in the inbox (`pending_id`)."""

    request_id: str
    card_id: int | None = None
    pending_id: int | None = None
    text: str | None = None


@dataclass(frozen=True)
class _BadNumber:
    """A number the JSON parser met that no field accepts (too many digits, NaN, Infinity):
    kept as a marker so that the refusal can name the field it was sent for."""

    text: str


def _bounded_int(text: str, limit: int) -> int | _BadNumber:
    if len(text.lstrip("-")) > limit:
        return _BadNumber(text[:20])
    return int(text)


def _bounded_float(text: str, limit: int) -> float | _BadNumber:
    if len(text) > limit:
        return _BadNumber(text[:20])
    return float(text)


def parse_body(body: bytes, limits: Limits) -> dict[str, Any]:
    """The JSON object of a request body (413 when too large, 400 when not an object).

    Bounded before anything reads it: a number of more than `number_chars` characters (Python
    refuses to read an integer of 4,300 digits with a ValueError), NaN or Infinity, nesting
    deeper than `json_depth`, more than `json_keys` keys in an object or items in a list, and
    a string longer than `string_chars` are each refused with 400, naming the field.
    """
    if len(body) > limits.body_bytes:
        raise LiveError(413, "too_large")
    digits = limits.number_chars
    try:
        data = json.loads(
            body.decode("utf-8"),
            parse_int=lambda text: _bounded_int(text, digits),
            parse_float=lambda text: _bounded_float(text, digits),
            parse_constant=_BadNumber,
        )
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError, ValueError) as error:
        raise LiveError(400, "bad_json") from error
    if not isinstance(data, dict):
        raise LiveError(400, "bad_json")
    _check_bounds(data, limits)
    return data


def _check_bounds(data: dict[str, Any], limits: Limits) -> None:
    """Refuse (400, the top-level field named) what no request of the page ever holds."""
    # Iterative: a nesting the parser accepted must not exhaust the stack here either.
    stack: list[tuple[str, object, int]] = [(key, value, 1) for key, value in data.items()]
    if len(data) > limits.json_keys:
        raise LiveError(400, "too_many_fields")
    while stack:
        field, value, depth = stack.pop()
        if len(field) > limits.request_id:
            raise LiveError(400, "bad_field")
        if isinstance(value, _BadNumber):
            raise LiveError(400, "bad_number", field)
        if isinstance(value, str) and len(value) > limits.string_chars:
            raise LiveError(400, "too_long", field)
        if isinstance(value, dict | list):
            if depth >= limits.json_depth:
                raise LiveError(400, "too_deep", field)
            if len(value) > limits.json_keys:
                raise LiveError(400, "too_many_fields", field)
            items = value.values() if isinstance(value, dict) else value
            for key in value if isinstance(value, dict) else ():
                if len(key) > limits.request_id:
                    raise LiveError(400, "bad_field", field)
            stack.extend((field, item, depth + 1) for item in items)


def clean_text(value: object, field: str, limit: int, *, multiline: bool = False) -> str:
    """A user string, NFC, without control characters, trimmed; 422 if missing or too long."""
    if not isinstance(value, str):
        raise LiveError(422, "missing", field)
    text = clean_text_of_core(value, multiline=multiline)  # the core's rule for every text field
    allowed = "\n" if multiline else ""
    text = "".join(
        c if c in allowed or unicodedata.category(c) not in ("Cc", "Cs", "Co") else " "
        for c in text.replace("\r\n", "\n")
    )
    text = "\n".join(line.strip() for line in text.split("\n")).strip()
    if not text:
        raise LiveError(422, "missing", field)
    if len(text) > limit:
        raise LiveError(422, "too_long", field)
    return text


def _identifier(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 2**63:
        raise LiveError(422, "invalid", field)
    return value


def _request_id(data: dict[str, Any], limits: Limits) -> str:
    value = data.get("request_id")
    if not isinstance(value, str) or not value or len(value) > limits.request_id:
        raise LiveError(422, "invalid", "request_id")
    if not value.isascii() or not value.replace("-", "").replace("_", "").isalnum():
        raise LiveError(422, "invalid", "request_id")
    return value


def parse_join(data: dict[str, Any], limits: Limits) -> JoinRequest:
    kind = data.get("organisation_kind")
    if kind in (None, ""):
        organisation_kind = None
    else:
        try:
            organisation_kind = OrganisationKind(str(kind))
        except ValueError as error:
            raise LiveError(422, "invalid", "organisation_kind") from error
    return JoinRequest(
        first_name=clean_text(data.get("first_name"), "first_name", limits.first_name),
        organisation=clean_text(data.get("organisation"), "organisation", limits.organisation),
        organisation_kind=organisation_kind,
    )


def parse_card(data: dict[str, Any], limits: Limits) -> CardRequest:
    return CardRequest(
        request_id=_request_id(data, limits),
        zone_id=_identifier(data.get("zone_id"), "zone_id"),
        text=clean_text(data.get("text"), "text", limits.card_text, multiline=True),
    )


def parse_vote(data: dict[str, Any], limits: Limits) -> VoteRequest:
    return VoteRequest(
        request_id=_request_id(data, limits),
        card_id=_identifier(data.get("card_id"), "card_id"),
    )


def parse_card_change(data: dict[str, Any], limits: Limits, *, edit: bool) -> CardChange:
    """/api/cards/edit (`edit`) or /api/cards/withdraw: which contribution, and its new text."""
    card_id = data.get("card_id")
    pending_id = data.get("pending_id")
    if card_id is None and pending_id is None:
        raise LiveError(422, "missing", "card_id")
    return CardChange(
        request_id=_request_id(data, limits),
        card_id=_identifier(card_id, "card_id") if card_id is not None else None,
        pending_id=_identifier(pending_id, "pending_id") if card_id is None else None,
        text=clean_text(data.get("text"), "text", limits.card_text, multiline=True)
        if edit
        else None,
    )


def parse_commitment(data: dict[str, Any], limits: Limits, today: dt.date) -> CommitmentRequest:
    """A commitment proposal; its quantity is read in the language of the phone's page.

    The resource kind must be chosen (no default: `kind_required`). The quantity may carry its
    unit ("2 bénévoles", "120 m²", "1 500 €"): the number is the quantity, the words the unit,
    unless the phone sent a `unit` of its own; no unit is the kind's usual one.
    """
    lang: Lang = "en" if data.get("lang") == "en" else "fr"
    given = data.get("resource_kind")
    if given is None or given == "":
        raise LiveError(422, "kind_required", "resource_kind")
    try:
        kind = ResourceKind(str(given))
    except ValueError as error:
        raise LiveError(422, "invalid", "resource_kind") from error
    quantity, typed_unit = _quantity(data.get("quantity"), limits, lang)
    unit = _unit(data.get("unit"), lang) or typed_unit
    return CommitmentRequest(
        request_id=_request_id(data, limits),
        alliance_id=_identifier(data.get("alliance_id"), "alliance_id"),
        description=clean_text(
            data.get("description"), "description", limits.commitment_text, multiline=True
        ),
        resource_kind=kind,
        quantity=quantity,
        due_date=_due_date(data.get("due_date"), today),
        unit=(unit or RESOURCE_UNITS[kind][0]) if quantity is not None else "",
    )


# A number as typed (digits with spaces of any kind, dots, commas, apostrophes), then its unit.
_NUMBER_THEN_UNIT = re.compile(
    r"\s*([+-]?[\d.,\s\u00a0\u2007\u2009\u202f'\u2019]*\d[\d.,]*)\s*(.*?)\s*", re.DOTALL
)
_UNITS_FR = {english: french for french, english in UNITS_EN.items()}
_CURRENCY_WORDS = {"€", "eur", "euro", "euros"}


def _unit(value: object, lang: Lang) -> str:
    """A unit typed on a phone, trimmed and bounded ("" when none); an English usual unit is
    stored as the French one ("hours": "heures"), as the desk's totals sum them."""
    if value is None or value == "":
        return ""
    if not isinstance(value, str):
        raise LiveError(422, "invalid", "unit")
    text = " ".join(clean_text_of_core(value).split())
    if len(text) > UNIT_CHARS:
        raise LiveError(422, "too_long", "unit")
    if text.lower() in _CURRENCY_WORDS:
        return "€"
    if lang == "en" or text.lower() in _UNITS_FR:
        return _UNITS_FR.get(text.lower(), text)
    return text


def _quantity(value: object, limits: Limits, lang: Lang) -> tuple[float | None, str]:
    """The quantity a phone sent, and the unit typed after it: a JSON number, or the text typed,
    read as the desk reads numbers ("1 500", "1.500", "1 500 €", "2 bénévoles", "120 m²")."""
    if value is None or value == "":
        return None, ""
    unit = ""
    if isinstance(value, str):
        stripped = value.strip()
        if stripped[:1] == "€":  # "€ 1 500", as English writes it
            value, unit = stripped[1:], "€"
        match = _NUMBER_THEN_UNIT.fullmatch(value)
        if value.strip() and match is None:
            raise LiveError(422, "invalid", "quantity")
        number_text, unit_text = (match.group(1), match.group(2)) if match else ("", "")
        unit = _unit(unit_text, lang) or unit
        try:
            value = parse_quantity(number_text, lang)
        except InvalidInput as error:
            raise LiveError(422, "invalid", "quantity") from error
        if value is None:
            return None, ""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise LiveError(422, "invalid", "quantity")
    number = float(value)
    if not math.isfinite(number) or not 0 <= number <= limits.quantity_max:
        raise LiveError(422, "invalid", "quantity")
    return number, unit


def _due_date(value: object, today: dt.date) -> dt.date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or len(value) != 10:
        raise LiveError(422, "invalid", "due_date")
    try:
        date = dt.date.fromisoformat(value)
    except ValueError as error:
        raise LiveError(422, "invalid", "due_date") from error
    if date < today:
        raise LiveError(422, "past", "due_date")
    return date
