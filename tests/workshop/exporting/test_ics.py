"""The iCalendar writer: CRLF lines folded at 75 octets, escaped text, all-day events."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from workshop.exporting.ics import AllDayEvent, calendar_text, escape_text, fold_line


def unfold(text: str) -> list[str]:
    """The logical lines of an iCalendar text (RFC 5545 3.1 unfolding)."""
    assert "\n" not in text.replace("\r\n", "")
    return text.replace("\r\n ", "").split("\r\n")[:-1]


def unescape(value: str) -> str:
    out, i = [], 0
    while i < len(value):
        if value[i] == "\\":
            nxt = value[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def test_special_characters_are_escaped() -> None:
    """Comma, semicolon, backslash and line breaks are escaped as RFC 5545 says."""
    assert escape_text("a,b;c\\d\ne\r\nf") == "a\\,b\\;c\\\\d\\ne\\nf"


def test_long_lines_are_folded_without_cutting_a_character() -> None:
    """No physical line exceeds 75 octets and unfolding gives the line back, accents intact."""
    line = "SUMMARY:" + "é€œ" * 60
    folded = fold_line(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line


def test_an_event_round_trips_through_a_parser() -> None:
    """One all-day VEVENT with UID, DTSTAMP and DTSTART;VALUE=DATE parses back to its text."""
    summary = "Mairie de Lise : prêter la salle, le week-end; avec \\ clés\net café " * 3
    text = calendar_text(
        [AllDayEvent(uid="c-1@catalyse", day=dt.date(2027, 3, 31), summary=summary)],
        dt.datetime(2026, 11, 26, 10, 0, tzinfo=dt.UTC),
    )
    assert text.endswith("\r\n")
    lines = unfold(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    event = dict(line.split(":", 1) for line in lines if ":" in line)
    assert event["UID"] == "c-1@catalyse"
    assert event["DTSTAMP"] == "20261126T100000Z"
    assert event["DTSTART;VALUE=DATE"] == "20270331"
    assert event["DTEND;VALUE=DATE"] == "20270401"
    assert unescape(event["SUMMARY"]) == summary


@given(st.text(max_size=400))
def test_any_text_survives_escaping_and_folding(text: str) -> None:
    """Whatever a user typed (markup, emoji, right-to-left, line breaks) reads back the same."""
    line = fold_line("SUMMARY:" + escape_text(text))
    assert all(len(part.encode("utf-8")) <= 75 for part in line.split("\r\n"))
    value = line.replace("\r\n ", "").removeprefix("SUMMARY:")
    expected = text.replace("\r\n", "\n").replace("\r", "\n")
    expected = "".join(
        ch for ch in expected if ch in "\t\n" or (ord(ch) >= 0x20 and ord(ch) != 0x7F)
    )
    assert unescape(value) == expected
