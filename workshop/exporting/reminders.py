"""Reminder messages (relances) as drafts: `.eml` files any mail program opens, and the text a
mailto link or the clipboard carries. Catalyse never sends mail itself."""

from __future__ import annotations

import datetime as dt
import email.policy
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path
from urllib.parse import quote

from workshop.domain.records import Workshop
from workshop.domain.text import fold
from workshop.domain.totals import format_amount
from workshop.domain.validation import check_email, normalise_email
from workshop.domain.vocabulary import Lang
from workshop.domain.wording import worded
from workshop.exporting.return_sheet import return_sheet_text
from workshop.queries.commitments import CommitmentView
from workshop.queries.reminders import PartnerReminder

__all__ = ["Draft", "draft_of", "mailto_link", "write_drafts"]

_POLICY = email.policy.default.clone(linesep="\r\n")
_MAX_8BIT_LINE = 900

_WORDS: dict[str, tuple[str, str]] = {
    "subject_one": (
        "Relance : votre engagement pour « {alliance} »",
        "Reminder: your commitment to “{alliance}”",
    ),
    "subject_many": (
        "Relance : vos {n} engagements ({workshop})",
        "Reminder: your {n} commitments ({workshop})",
    ),
    "hello": ("Bonjour {name},", "Dear {name},"),
    "hello_anonymous": ("Bonjour,", "Hello,"),
    "intro_one": (
        "Lors de l'atelier « {workshop} »{date}, {organisation} a pris l'engagement suivant.",
        "At the workshop “{workshop}”{date}, {organisation} made the following commitment.",
    ),
    "intro_many": (
        "Lors de l'atelier « {workshop} »{date}, {organisation} a pris les engagements suivants.",
        "At the workshop “{workshop}”{date}, {organisation} made the following commitments.",
    ),
    "on_date": (" du {date}", " on {date}"),
    "alliance": ("Alliance « {alliance} » :", "Alliance “{alliance}”:"),
    "due": ("Échéance : {date}", "Due: {date}"),
    "no_due": ("Échéance : à fixer ensemble", "Due: to be agreed together"),
    "late_1": ("en retard d'un jour", "one day overdue"),
    "late": ("en retard de {n} jours", "{n} days overdue"),
    "today": ("aujourd'hui", "today"),
    "soon_1": ("demain", "tomorrow"),
    "soon": ("dans {n} jours", "in {n} days"),
    "ask_one": (
        "Pourriez-vous nous dire où vous en êtes : confirmé, réalisé (et quand), à reporter "
        "(avec une nouvelle date) ou abandonné ? Une réponse à ce message suffit ; vous pouvez "
        "aussi nous renvoyer votre fiche partenaire complétée.",
        "Could you tell us where you stand: confirmed, done (and when), to be postponed (with "
        "a new date) or dropped? A reply to this message is enough; you can also send back "
        "your partner sheet filled in.",
    ),
    "ask_many": (
        "Pourriez-vous nous dire, pour chacun, où vous en êtes : confirmé, réalisé (et quand), "
        "à reporter (avec une nouvelle date) ou abandonné ? Une réponse à ce message suffit ; "
        "vous pouvez aussi nous renvoyer votre fiche partenaire complétée.",
        "Could you tell us, for each of them, where you stand: confirmed, done (and when), "
        "to be postponed (with a new date) or dropped? A reply to this message is enough; you "
        "can also send back your partner sheet filled in.",
    ),
    "attached": (
        "Le tableau joint reprend ces engagements : vous pouvez le compléter (colonnes Statut, "
        "Réalisé le, Nouvelle échéance, Commentaire) et nous le renvoyer tel quel.",
        "The attached sheet lists these commitments: you can fill it in (columns Status, "
        "Done on, New due date, Comment) and send it back as it is.",
    ),
    "sheet_name": ("engagements-{slug}.csv", "commitments-{slug}.csv"),
    "thanks": ("Merci, et à bientôt.", "Thank you, and see you soon."),
}


def _w(key: str, lang: Lang, **values: object) -> str:
    return worded(_WORDS, key, lang, **values)


def _date(date: dt.date, lang: Lang) -> str:
    return date.strftime("%d/%m/%Y") if lang == "fr" else date.isoformat()


@dataclass(frozen=True)
class Draft:
    """One reminder ready to be written: who to, the subject and the body, and the message."""

    reminder: PartnerReminder
    to_name: str
    to_email: str
    subject: str
    body: str
    message: EmailMessage


def _when(view: CommitmentView, today: dt.date, lang: Lang) -> str:
    due = view.commitment.due_date
    if due is None:  # chosen in the follow-up list although it has no date
        return _w("no_due", lang)
    days = (due - today).days
    if days < 0:
        timing = _w("late_1", lang) if days == -1 else _w("late", lang, n=-days)
    elif days == 0:
        timing = _w("today", lang)
    else:
        timing = _w("soon_1", lang) if days == 1 else _w("soon", lang, n=days)
    return f"{_w('due', lang, date=_date(due, lang))} ({timing})"


def _lines(view: CommitmentView, today: dt.date, lang: Lang) -> list[str]:
    """A commitment as three lines: what, then resource · quantity · status, then when."""
    commitment = view.commitment
    what = commitment.description or commitment.resource_kind.label(lang)
    facts = [commitment.resource_kind.label(lang)]
    if commitment.quantity is not None:
        facts.append(format_amount(commitment.quantity, commitment.unit, lang, " "))
    facts.append(commitment.status.label(lang).lower())
    return [f"- {what}", f"  {' · '.join(facts)}", f"  {_when(view, today, lang)}"]


def _signature(workshop: Workshop | None) -> list[str]:
    if workshop is None:
        return []
    return [line for line in (workshop.facilitator, workshop.facilitator_contact) if line]


def _is_address(text: str) -> bool:
    """An e-mail address to write to (the registry's own rule), not a phone or nothing."""
    return bool(text.strip()) and check_email(text) is None


def _sender(workshop: Workshop | None) -> str:
    """The From of the draft: the facilitator, when their contact is an e-mail address."""
    if workshop is None or not _is_address(workshop.facilitator_contact):
        return ""
    return formataddr((workshop.facilitator, normalise_email(workshop.facilitator_contact)))


def draft_of(reminder: PartnerReminder, today: dt.date, now: dt.datetime, lang: Lang) -> Draft:
    """The message reminding one partner's recipient of their open commitments."""
    views = reminder.commitments
    workshop = reminder.workshop
    title = workshop.title if workshop else ""
    recipient = reminder.recipient
    if len(views) == 1:
        subject = _w("subject_one", lang, alliance=views[0].alliance)
    else:
        subject = _w("subject_many", lang, n=len(views), workshop=title or reminder.organisation)
    hello = (
        _w("hello", lang, name=recipient.name)
        if recipient is not None and recipient.name
        else _w("hello_anonymous", lang)
    )
    on_date = (
        _w("on_date", lang, date=_date(workshop.date, lang))
        if workshop is not None and workshop.date
        else ""
    )
    many = "many" if len(views) > 1 else "one"
    intro = _w(
        f"intro_{many}", lang, workshop=title, date=on_date, organisation=reminder.organisation
    )
    lines = [hello, "", intro]
    alliances: dict[str, list[CommitmentView]] = {}
    for view in views:
        alliances.setdefault(view.alliance, []).append(view)
    for alliance, group in alliances.items():
        lines += ["", _w("alliance", lang, alliance=alliance)]
        for view in group:
            lines += _lines(view, today, lang)
    closing = ["", _w("thanks", lang), *_signature(workshop)]
    lines += ["", _w(f"ask_{many}", lang)]
    body = "\n".join(lines + closing) + "\n"
    # The .eml carries the return sheet: one more sentence says what to do with it.
    eml_body = "\n".join([*lines, "", _w("attached", lang), *closing]) + "\n"
    to_name = recipient.name if recipient else ""
    to_email = (
        normalise_email(recipient.email) if recipient and _is_address(recipient.email) else ""
    )
    message = EmailMessage(policy=_POLICY)
    message["Subject"] = subject
    if to_email:
        message["To"] = formataddr((to_name, to_email))
    sender = _sender(workshop)
    if sender:
        message["From"] = sender
    message["Date"] = format_datetime(now.astimezone())
    message["X-Unsent"] = "1"  # Outlook and Thunderbird open it as a draft to send
    # Readable as typed (8bit) unless a line is longer than mail allows (RFC 5322: 998 bytes).
    readable = all(len(line.encode()) <= _MAX_8BIT_LINE for line in eml_body.splitlines())
    message.set_content(eml_body, cte="8bit" if readable else "quoted-printable")
    message.add_attachment(
        return_sheet_text(views, lang),
        subtype="csv",
        charset="utf-8",
        filename=_w("sheet_name", lang, slug=_slug(reminder.organisation)),
    )
    return Draft(reminder, to_name, to_email, subject, body, message)


def mailto_link(draft: Draft) -> str:
    """A mailto: URL opening the draft in the user's mail program (no mail is sent from here)."""
    return (
        f"mailto:{quote(draft.to_email, safe='@')}"
        f"?subject={quote(draft.subject, safe='')}&body={quote(draft.body, safe='')}"
    )


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")[:50] or "partenaire"


def _file_name(number: int, draft: Draft) -> str:
    return f"relance-{number:03d}-{_slug(draft.reminder.organisation)}.eml"


def write_drafts(drafts: Sequence[Draft], folder: Path) -> list[Path]:
    """Each draft as an `.eml` file in `folder` (created if missing), private to the user
    (they hold e-mail addresses); existing files are never overwritten (a suffix is added)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for number, draft in enumerate(drafts, start=1):
        path = folder / _file_name(number, draft)
        counter = 2
        while path.exists():
            path = path.with_name(f"{path.stem.rsplit('~', 1)[0]}~{counter}.eml")
            counter += 1
        data = draft.message.as_bytes(policy=_POLICY)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        written.append(path)
    return written
