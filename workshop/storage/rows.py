"""Turns records into SQLite rows and back, from the dataclass field types."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import types
import typing
from collections.abc import Callable, Hashable, Mapping
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
    return lambda v: v


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
    return lambda v: v


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


def to_row(record: Any, *, with_id: bool = False) -> dict[str, Any]:
    """The row that stores a record (without its id unless asked)."""
    row: dict[str, Any] = {}
    for name, (encode, _, _) in _codecs(type(record)).items():
        if name == "id" and not with_id:
            continue
        value = getattr(record, name)
        row[name] = None if value is None else encode(value)
    return row


def from_row(cls: type[R], row: Mapping[str, Any]) -> R:
    """The record stored in a row; columns the record does not know are ignored."""
    values: dict[str, Any] = {}
    for name, (_, decode, optional) in _codecs(cls).items():
        if name not in row:
            continue
        value = row[name]
        values[name] = None if value is None and optional else decode(value)
    return cls(**values)


def columns(cls: type) -> list[str]:
    """The stored columns of a record type, id first."""
    return list(_codecs(cls))
