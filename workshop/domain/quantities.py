"""How commitments' quantities and dates are typed and shown, and why an input is refused."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from enum import StrEnum

from workshop.domain.records import Commitment, Workshop
from workshop.domain.vocabulary import RESOURCE_UNITS, CommitmentStatus, Lang, ResourceKind
from workshop.errors import InvalidInput

OPEN_STATUSES = (CommitmentStatus.PROPOSE, CommitmentStatus.CONFIRME)


class Problem(StrEnum):
    """Why a commitment's input cannot be saved (the UI words each one next to its field)."""

    PARTNER_MISSING = "partner_missing"
    PARTNER_AMBIGUOUS = "partner_ambiguous"
    PARTNER_UNKNOWN = "partner_unknown"
    DESCRIPTION_EMPTY = "description_empty"
    QUANTITY_NOT_NUMBER = "quantity_not_number"
    QUANTITY_NEGATIVE = "quantity_negative"
    DATE_UNREADABLE = "date_unreadable"
    DATE_BEFORE_WORKSHOP = "date_before_workshop"
    SIGNATORY_OTHER_ORGANISATION = "signatory_other_organisation"

    def text(self, lang: Lang = "fr") -> str:
        """The sentence shown to the user, in French or English."""
        fr, en = _PROBLEM_TEXT[self]
        return fr if lang == "fr" else en


_PROBLEM_TEXT: dict[Problem, tuple[str, str]] = {
    Problem.PARTNER_MISSING: (
        "Indiquez l'organisation qui s'engage.",
        "Say which organisation commits.",
    ),
    Problem.PARTNER_AMBIGUOUS: (
        "Plusieurs organisations correspondent : choisissez-en une dans la liste.",
        "Several organisations match: pick one from the list.",
    ),
    Problem.PARTNER_UNKNOWN: (
        "Nouvelle organisation : choisissez son type pour l'ajouter au registre.",
        "New organisation: choose its kind to add it to the registry.",
    ),
    Problem.DESCRIPTION_EMPTY: ("Dites ce qui est engagé.", "Say what is committed."),
    Problem.QUANTITY_NOT_NUMBER: (
        "La quantité doit être un nombre (ex. 1 500,50).",
        "The quantity must be a number (e.g. 1,500.50).",
    ),
    Problem.QUANTITY_NEGATIVE: (
        "La quantité ne peut pas être négative.",
        "The quantity cannot be negative.",
    ),
    Problem.DATE_UNREADABLE: (
        "Date attendue au format JJ/MM/AAAA.",
        "The date must be written DD/MM/YYYY.",
    ),
    Problem.DATE_BEFORE_WORKSHOP: (
        "L'échéance est avant la date de l'atelier.",
        "The due date is before the workshop.",
    ),
    Problem.SIGNATORY_OTHER_ORGANISATION: (
        "Cette personne n'est pas de l'organisation partenaire.",
        "This person does not belong to the partner organisation.",
    ),
}


class CommitmentInputError(InvalidInput):
    """Input that cannot become a commitment: one problem per field (the first one's message)."""

    def __init__(self, problems: dict[str, Problem], lang: Lang = "fr") -> None:
        first_field, first = next(iter(problems.items()))
        super().__init__(first.text(lang), first_field)
        self.problems = problems


def draft_problems(commitment: Commitment, workshop: Workshop | None) -> dict[str, Problem]:
    """What is wrong with a commitment's own fields (nothing read): what, quantity, due date."""
    problems: dict[str, Problem] = {}
    if not commitment.description.strip():
        problems["description"] = Problem.DESCRIPTION_EMPTY
    if commitment.quantity is not None and commitment.quantity < 0:
        problems["quantity"] = Problem.QUANTITY_NEGATIVE
    if (
        commitment.due_date is not None
        and workshop is not None
        and workshop.date is not None
        and commitment.due_date < workshop.date
    ):
        problems["due_date"] = Problem.DATE_BEFORE_WORKSHOP
    return problems


# --- parsing what the facilitator types -------------------------------------------------

# Spaces of any kind (the no-break U+00A0 and narrow U+202F a phone or a copy-paste gives,
# thin spaces…) and the Swiss apostrophe separate thousands; a currency may come before or after.
_SPACES = re.compile(r"[\s\u00a0\u2007\u2009\u202f'\u2019]")
_CURRENCY = re.compile(r"^(€|eur)|(€|eur|euros?)$", re.IGNORECASE)
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)")
# "1.500", "12.500.000": a separator before groups of exactly three digits, after a first group
# that does not start with 0 ("0.500" is a half).
_GROUPED = {sep: re.compile(r"[+-]?[1-9]\d{0,2}(?:" + re.escape(sep) + r"\d{3})+") for sep in ".,"}


def _grouped(text: str, separator: str) -> bool:
    """Whether `separator` separates thousands in `text` ("1.500", "2.000.000")."""
    return _GROUPED[separator].fullmatch(text) is not None


def parse_quantity(text: str, lang: Lang = "fr") -> float | None:
    """A quantity as typed, French or English style; blank is None. The desk and the phones
    read numbers with this one rule.

    Spaces (also no-break and narrow no-break), apostrophes and a euro sign are ignored:
    "1 500 €" is 1500. With both "," and "." the last one is the decimal ("1.500,50",
    "1,500.50"). A lone "." before groups of three digits separates thousands ("1.500" is
    1500, as French writes it; "1.5" is 1.5); a lone "," is the decimal in French ("1,5",
    "1,500" is 1.5) and separates thousands in English only before groups of three digits.
    """
    compact = _SPACES.sub("", text)
    if not compact:
        return None
    compact = _CURRENCY.sub("", compact)
    if "," in compact and "." in compact:  # "1.500,50" or "1,500.50": the last one is decimal
        decimal = "," if compact.rfind(",") > compact.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        whole = compact[: compact.rfind(decimal)]
        if not _grouped(whole, thousands):
            raise CommitmentInputError({"quantity": Problem.QUANTITY_NOT_NUMBER}, lang)
        compact = compact.replace(thousands, "")
    elif _grouped(compact, "."):
        compact = compact.replace(".", "")
    elif _grouped(compact, ",") and (compact.count(",") > 1 or lang != "fr"):
        compact = compact.replace(",", "")
    if not _NUMBER.fullmatch(compact):
        raise CommitmentInputError({"quantity": Problem.QUANTITY_NOT_NUMBER}, lang)
    value = float(compact.replace(",", "."))
    if value < 0:
        raise CommitmentInputError({"quantity": Problem.QUANTITY_NEGATIVE}, lang)
    return value


def parse_date(text: str, lang: Lang = "fr") -> dt.date | None:
    """A date typed as 31/03/2027, 31-03-2027, 31.03.27 or 2027-03-31; blank is None."""
    text = text.strip()
    if not text:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):
            year, month, day = (int(part) for part in text.split("-"))
            return dt.date(year, month, day)
        match = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})", text)
        if match:
            day, month, year = (int(g) for g in match.groups())
            return dt.date(year + 2000 if year < 100 else year, month, day)
    except ValueError:
        pass
    raise CommitmentInputError({"due_date": Problem.DATE_UNREADABLE}, lang)


FAR_YEARS = 3  # a date further than this from today is asked about (or flagged) before it is kept


def is_far(value: dt.date | None, today: dt.date | None = None, years: int = FAR_YEARS) -> bool:
    """Whether a date is more than `years` years before or after today (2202 typed for 2026)."""
    if value is None:
        return False
    today = today or dt.date.today()
    return abs((value - today).days) > years * 365.25


def format_date(value: dt.date | None) -> str:
    """A date the way it is typed in the form (31/03/2027)."""
    return value.strftime("%d/%m/%Y") if value else ""


def format_quantity(value: float | None) -> str:
    """A quantity in French style: 1 500,5 (narrow no-break space between thousands)."""
    if value is None:
        return ""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", "\u202f").replace(".", ",")


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, clamped to the end of shorter months."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def default_due_date(workshop: Workshop | None, today: dt.date | None = None) -> dt.date:
    """Three months after the workshop (or after today when the workshop has no date)."""
    start = (workshop.date if workshop else None) or today or dt.date.today()
    return add_months(start, 3)


def default_unit(kind: ResourceKind) -> str:
    """The usual unit of a resource kind (€, heures, jours…)."""
    return RESOURCE_UNITS[kind][0]
