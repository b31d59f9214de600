"""The tables on the phones: which tables there are (and whether each has a host), the table a
phone's participant hosts, and the requests of a host (to host a table, to post for it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workshop.domain.records import PersonId, WorkshopId
from workshop.domain.seating import TableId
from workshop.live.api import LiveError, parse_card
from workshop.live.limits import Limits
from workshop.ops.live import CardRequest
from workshop.storage.store import Store
from workshop.storage.tables import Tables


@dataclass(frozen=True, kw_only=True)
class TableHostRequest:
    """A participant says they host a table (`table_id`), or no table any more (None)."""

    request_id: str
    table_id: TableId | None


def _table_id(value: object) -> TableId:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 2**63:
        raise LiveError(422, "invalid", "table_id")
    return TableId(value)


def parse_table_host(data: dict[str, Any], limits: Limits) -> TableHostRequest:
    """/api/tables/host: {"request_id", "table_id"} (table_id null: host no table)."""
    request_id = data.get("request_id")
    if (
        not isinstance(request_id, str)
        or not request_id
        or len(request_id) > limits.request_id
        or not request_id.isascii()
        or not request_id.replace("-", "").replace("_", "").isalnum()
    ):
        raise LiveError(422, "invalid", "request_id")
    value = data.get("table_id")
    return TableHostRequest(
        request_id=request_id, table_id=None if value is None else _table_id(value)
    )


def parse_table_card(data: dict[str, Any], limits: Limits) -> tuple[CardRequest, TableId]:
    """/api/cards with a "table_id": a host's card for their table (its zone_id is the
    table's, sent as the state gave it)."""
    return parse_card(data, limits), _table_id(data.get("table_id"))


def tables_payload(store: Store, workshop_id: WorkshopId) -> list[dict[str, Any]]:
    """The workshop's tables as every phone gets them: id, name, zone, whether hosted (no
    names: a phone never learns who sits where)."""
    return [
        {
            "id": table.id,
            "name": table.name,
            "zone_id": table.zone_id,
            "hosted": table.host_person_id is not None,
        }
        for table in Tables(store.db).tables.of_workshop(workshop_id)
    ]


def my_table_payload(
    store: Store, workshop_id: WorkshopId, person_id: PersonId | None
) -> dict[str, Any] | None:
    """The table this phone's participant hosts (None: they host none)."""
    if person_id is None:
        return None
    for table in Tables(store.db).tables.of_workshop(workshop_id):
        if table.host_person_id == person_id:
            return {"id": table.id, "name": table.name, "zone_id": table.zone_id}
    return None
