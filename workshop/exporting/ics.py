"""A small iCalendar (RFC 5545) writer: all-day events, escaped text, lines folded at 75 octets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

CRLF = "\r\n"
MAX_OCTETS = 75
PRODUCT_ID = "-//Catalyse//Engagements//FR"


@dataclass(frozen=True)
class AllDayEvent:
    """One all-day event (a due date), identified by a stable UID."""

    uid: str
    day: dt.date
    summary: str
    description: str = ""
    categories: str = ""


def escape_text(text: str) -> str:
    """A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11)."""
    text = text.replace("\x00", "")
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return "".join(ch for ch in text if ch == "\t" or (ord(ch) >= 0x20 and ord(ch) != 0x7F))


def fold_line(line: str) -> str:
    """A content line split into CRLF + space continuations of at most 75 octets each.

    A UTF-8 character is never cut in two.
    """
    parts: list[str] = []
    current, size, limit = "", 0, MAX_OCTETS
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = "", 0, MAX_OCTETS - 1  # continuations start with a space
        current += ch
        size += width
    parts.append(current)
    return (CRLF + " ").join(parts)


def calendar_text(events: Iterable[AllDayEvent], stamp: dt.datetime, name: str = "Catalyse") -> str:
    """The whole VCALENDAR, CRLF line ends, one VEVENT per event."""
    stamp_text = stamp.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT_ID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{escape_text(event.uid)}",
            f"DTSTAMP:{stamp_text}",
            f"DTSTART;VALUE=DATE:{event.day.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(event.day + dt.timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{escape_text(event.summary)}",
            "TRANSP:TRANSPARENT",
        ]
        if event.description:
            lines.append(f"DESCRIPTION:{escape_text(event.description)}")
        if event.categories:
            lines.append(f"CATEGORIES:{escape_text(event.categories)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + CRLF for line in lines)


def write_calendar(
    path: Path, events: Iterable[AllDayEvent], stamp: dt.datetime, name: str = "Catalyse"
) -> None:
    """Write a .ics file (UTF-8, CRLF line ends)."""
    path.write_bytes(calendar_text(events, stamp, name).encode("utf-8"))
