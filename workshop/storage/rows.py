"""Turns records into SQLite rows and back, from the dataclass field types."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import types
import typing
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from enum import Enum
from functools import cache
from typing import Any, TypeVar

R = TypeVar("R")

Converter = Callable[[Any], Any]


def _base_type(tp: Any) -> tuple[Any, bool]:
    """The concrete type behind a hint, and whether it is optional."""
    optional = False
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        optional = len(args) != len(typing.get_args(tp))
        tp = args[0]
    while hasattr(tp, "__supertype__"):  # NewType ids
        tp = tp.__supertype__
    return tp, optional


def _as_is(value: Any) -> Any:
    """The converter of a value stored as it is (to_row and from_row do not call it)."""
    return value


def _encoder(tp: Any) -> Converter:
    tp, _ = _base_type(tp)
    if typing.get_origin(tp) is tuple:
        (item,) = typing.get_args(tp)[:1]
        if dataclasses.is_dataclass(item):
            return lambda v: json.dumps([dataclasses.asdict(i) for i in v], ensure_ascii=False)
        return lambda v: json.dumps([i.value if isinstance(i, Enum) else i for i in v])
    if tp is bool:
        return int
    if tp is dt.time:
        return lambda v: v.strftime("%H:%M")
    if tp in (dt.date, dt.datetime):
        return lambda v: v.isoformat()
    if isinstance(tp, type) and issubclass(tp, Enum):
        return lambda v: v.value
    return _as_is


def _decoder(tp: Any) -> Converter:
    tp, _ = _base_type(tp)
    if typing.get_origin(tp) is tuple:
        item = typing.get_args(tp)[0]
        if dataclasses.is_dataclass(item):
            cls: Callable[..., Any] = typing.cast(Callable[..., Any], item)
            return lambda v: tuple(cls(**i) for i in json.loads(v or "[]"))
        item_decode = _decoder(item)
        return lambda v: tuple(item_decode(i) for i in json.loads(v or "[]"))
    if tp is bool:
        return bool
    if tp is str:
        return lambda v: v if v is not None else ""
    if tp is dt.time:
        return dt.time.fromisoformat
    if tp is dt.date:
        return dt.date.fromisoformat
    if tp is dt.datetime:
        return dt.datetime.fromisoformat
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp
    if tp is float:
        return float
    return _as_is


def _codecs(cls: Any) -> dict[str, tuple[Converter, Converter, bool]]:
    return _codecs_of(cls)


@cache
def _codecs_of(cls: Hashable) -> dict[str, tuple[Converter, Converter, bool]]:
    hints = typing.get_type_hints(cls)
    result = {}
    for f in dataclasses.fields(typing.cast(Any, cls)):
        if not f.init:
            continue
        _, optional = _base_type(hints[f.name])
        result[f.name] = (_encoder(hints[f.name]), _decoder(hints[f.name]), optional)
    return result


@cache
def _encoding(cls: Any, with_id: bool) -> tuple[tuple[str, Converter | None], ...]:
    """Each stored field (the id only if asked) with its encoder, None when stored as it is."""
    return tuple(
        (name, None if encode is _as_is else encode)
        for name, (encode, _, _) in _codecs_of(cls).items()
        if with_id or name != "id"
    )


@cache
def _decoding(cls: Any) -> tuple[tuple[str, Converter | None, bool], ...]:
    """Each stored field with its decoder (None when read as it is) and whether it is optional."""
    return tuple(
        (name, None if decode is _as_is else decode, optional)
        for name, (_, decode, optional) in _codecs_of(cls).items()
    )


def to_row(record: Any, *, with_id: bool = False) -> dict[str, Any]:
    """The row that stores a record (without its id unless asked)."""
    row: dict[str, Any] = {}
    record_type: Any = type(record)  # hashable (functools.cache's hint says it may not be)
    for name, encode in _encoding(record_type, with_id):
        value = getattr(record, name)
        row[name] = value if value is None or encode is None else encode(value)
    return row


def from_row(cls: type[R], row: Mapping[str, Any]) -> R:
    """The record stored in a row; columns the record does not know are ignored."""
    values: dict[str, Any] = {}
    record_type: Any = cls
    for name, decode, optional in _decoding(record_type):
        if name not in row:
            continue
        value = row[name]
        if value is None and optional:
            values[name] = None
        else:
            values[name] = value if decode is None else decode(value)
    return cls(**values)


def from_rows(cls: type[R], names: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[R]:
    """The records stored in the rows of one query (`names`: its columns), each as from_row
    makes it, without a dict per row."""
    record_type: Any = cls
    plan = _reading(record_type, tuple(names))
    records: list[R] = []
    for row in rows:
        values: dict[str, Any] = {}
        for index, name, decode, optional in plan:
            value = row[index]
            if value is None and optional:
                values[name] = None
            else:
                values[name] = value if decode is None else decode(value)
        records.append(cls(**values))
    return records


@cache
def _reading(
    cls: Any, names: tuple[str, ...]
) -> tuple[tuple[int, str, Converter | None, bool], ...]:
    """Each stored field that is one of the columns, with the column's place (the last one of
    that name, as in a dict of the row), its decoder and whether it is optional."""
    places = {name: index for index, name in enumerate(names)}
    return tuple(
        (places[name], name, decode, optional)
        for name, decode, optional in _decoding(cls)
        if name in places
    )


def columns(cls: type) -> list[str]:
    """The stored columns of a record type, id first."""
    return list(_codecs(cls))
