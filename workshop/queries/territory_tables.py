"""The territory roll-up as tables and headline figures, in French or English: what the
Territoire screen, its PDF for funders and its workbook (one sheet per table) show alike.

Cells keep their types (numbers, dates) so that a spreadsheet can sum them; `cell_text` words
one for a page or a screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby

from workshop.domain.sdg import sdg
from workshop.domain.totals import (
    NNBSP,
    SUMMED_STATUSES,
    UNITS_EN,
    CommitmentTotals,
    ResourceTotal,
    format_amount,
    format_number,
)
from workshop.domain.vocabulary import CatalystNeed, CommitmentStatus, Lang
from workshop.queries.territory import Period, TerritoryRollup, quarter_label

Cell = str | int | float | dt.date | None

MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
}

LABELS: dict[str, tuple[str, str]] = {
    "title": ("Bilan territorial", "Territorial overview"),
    "all_time": ("Tous les ateliers", "Every workshop"),
    "since": ("Depuis le {start}", "Since {start}"),
    "until": ("Jusqu'au {end}", "Until {end}"),
    "between": ("Du {start} au {end}", "From {start} to {end}"),
    "held": ("{n} ateliers, du {first} au {last}", "{n} workshops, from {first} to {last}"),
    "held_one": ("1 atelier, le {first}", "1 workshop, on {first}"),
    "workshops": ("Ateliers", "Workshops"),
    "date": ("Date", "Date"),
    "workshop": ("Atelier", "Workshop"),
    "territory": ("Territoire", "Territory"),
    "needs": ("Besoins", "Needs"),
    "registered": ("Inscrits", "Registered"),
    "present": ("Présents", "Present"),
    "organisations": ("Organisations", "Organisations"),
    "alliances": ("Alliances", "Alliances"),
    "commitments": ("Engagements", "Commitments"),
    "engaged": ("Organisations engagées", "Organisations engaged"),
    "organisation": ("Organisation", "Organisation"),
    "kind": ("Nature", "Kind"),
    "workshops_engaged": ("Ateliers", "Workshops"),
    "present_at": ("Présente à", "Present at"),
    "cards": ("Contributions", "Cards"),
    "by_kind": ("Organisations par nature", "Organisations by kind"),
    "engagements": ("Participations", "Participations"),
    "by_sdg": ("Alliances par ODD", "Alliances by SDG"),
    "sdg": ("ODD", "SDG"),
    "sdg_title": ("Intitulé", "Title"),
    "workshops_targeting": ("Ateliers qui le visent", "Workshops targeting it"),
    "by_need": ("Alliances par besoin", "Alliances by need"),
    "need": ("Besoin", "Need"),
    "untagged": ("(sans besoin précisé)", "(no need given)"),
    "workshops_tagged": ("Ateliers", "Workshops"),
    "by_resource": ("Engagements par ressource", "Commitments by resource"),
    "by_quarter": ("Engagements par trimestre", "Commitments by quarter"),
    "quarter": ("Trimestre", "Quarter"),
    "resource": ("Ressource", "Resource"),
    "unit": ("Unité", "Unit"),
    "status": ("Statut", "Status"),
    "count": ("Nombre", "Count"),
    "quantity": ("Quantité", "Quantity"),
    "realise": ("Réalisés", "Done"),
    "confirme": ("Confirmés", "Confirmed"),
    "propose": ("Proposés", "Proposed"),
    "abandonne": ("Abandonnés", "Dropped"),
    "commitment_one": ("engagement", "commitment"),
    "commitment_many": ("engagements", "commitments"),
    "fig_workshops": ("ateliers", "workshops"),
    "fig_workshop": ("atelier", "workshop"),
    "fig_people": ("personnes venues", "people who came"),
    "fig_presences": ("présences", "attendances"),
    "fig_organisations": ("organisations engagées", "organisations engaged"),
    "fig_returning": ("revenues à 2 ateliers ou plus", "back at 2 workshops or more"),
    "fig_alliances": ("alliances", "alliances"),
    "fig_commitments": ("engagements confirmés ou réalisés", "commitments confirmed or done"),
    "fig_proposed": ("engagements proposés", "commitments proposed"),
    "totals_note": (
        "Chaque statut est compté à part : un montant proposé n'est jamais ajouté aux montants "
        "confirmés ou réalisés ; un engagement abandonné est compté, jamais additionné.",
        "Each status is counted apart: a proposed amount is never added to confirmed or done "
        "ones; a dropped commitment is counted, never summed.",
    ),
    "none": ("—", "—"),
}


def label(key: str, lang: Lang) -> str:
    fr, en = LABELS[key]
    return fr if lang == "fr" else en


def long_date(date: dt.date, lang: Lang) -> str:
    """'1er mars 2026' in French, '1 March 2026' in English."""
    month = MONTHS[lang].split()[date.month - 1]
    day = "1er" if lang == "fr" and date.day == 1 else str(date.day)
    return f"{day}\u00a0{month}\u00a0{date.year}"


def short_date(date: dt.date | None, lang: Lang) -> str:
    if date is None:
        return ""
    return date.strftime("%d/%m/%Y") if lang == "fr" else date.isoformat()


def period_text(period: Period, lang: Lang) -> str:
    """'Du 1er janvier 2026 au 30 juin 2026', 'Depuis le…', or 'Tous les ateliers'."""
    if period.start and period.end:
        return label("between", lang).format(
            start=long_date(period.start, lang), end=long_date(period.end, lang)
        )
    if period.start:
        return label("since", lang).format(start=long_date(period.start, lang))
    if period.end:
        return label("until", lang).format(end=long_date(period.end, lang))
    return label("all_time", lang)


def held_text(rollup: TerritoryRollup, lang: Lang) -> str:
    """'12 ateliers, du 3 mars 2025 au 4 juin 2026' ('3 ateliers' when none has a date, ''
    with no workshop)."""
    first, last = rollup.first_date, rollup.last_date
    n = len(rollup.workshops)
    if not n:
        return ""
    if first is None or last is None:  # none dated: how many there are
        return f"{n} {label('fig_workshop' if n == 1 else 'fig_workshops', lang)}"
    if n == 1:
        return label("held_one", lang).format(first=long_date(first, lang))
    return label("held", lang).format(n=n, first=long_date(first, lang), last=long_date(last, lang))


@dataclass(frozen=True)
class Figure:
    """One headline figure: its value and what it counts."""

    key: str
    value: int
    text: str


def headline_figures(rollup: TerritoryRollup, lang: Lang) -> list[Figure]:
    """The figures a funder reads first, in this order."""
    firm = rollup.count(CommitmentStatus.CONFIRME) + rollup.count(CommitmentStatus.REALISE)
    n = len(rollup.workshops)
    return [
        Figure("workshops", n, label("fig_workshop" if n == 1 else "fig_workshops", lang)),
        Figure("people", rollup.people_present, label("fig_people", lang)),
        Figure("organisations", len(rollup.organisations), label("fig_organisations", lang)),
        Figure("returning", rollup.returning, label("fig_returning", lang)),
        Figure("alliances", rollup.alliances, label("fig_alliances", lang)),
        Figure("commitments", firm, label("fig_commitments", lang)),
        Figure("proposed", rollup.count(CommitmentStatus.PROPOSE), label("fig_proposed", lang)),
    ]


@dataclass(frozen=True)
class RollupTable:
    """One table of the roll-up: a stable key, its title, its headers and typed rows."""

    key: str
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]

    def __len__(self) -> int:
        return len(self.rows)


def cell_text(value: Cell, lang: Lang) -> str:
    """A cell worded for a page or a screen: numbers in the language's way, dates short."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return short_date(value, lang)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        return format_number(value, lang, "\u00a0")
    return value


def workshops_table(rollup: TerritoryRollup, lang: Lang) -> RollupTable:
    return RollupTable(
        "workshops",
        label("workshops", lang),
        tuple(
            label(k, lang)
            for k in (
                "date",
                "workshop",
                "territory",
                "needs",
                "registered",
                "present",
                "organisations",
                "alliances",
                "commitments",
            )
        ),
        tuple(
            (
                w.date,
                w.title,
                w.territory,
                ", ".join(n.label(lang) for n in w.needs),
                w.registered,
                w.present,
                w.organisations,
                w.alliances,
                w.commitments,
            )
            for w in rollup.workshops
        ),
    )


def organisations_table(
    rollup: TerritoryRollup, lang: Lang, limit: int | None = None
) -> RollupTable:
    """The organisations engaged, most engaged first (the first `limit` ones)."""
    shown = rollup.organisations if limit is None else rollup.organisations[:limit]
    keys = ("organisation", "kind", "workshops_engaged", "present_at", "cards", "alliances")
    return RollupTable(
        "organisations",
        label("engaged", lang),
        tuple(label(k, lang) for k in keys),
        tuple(
            (o.name, o.kind.label(lang), o.workshops, o.present, o.cards, o.alliances)
            for o in shown
        ),
    )


def kinds_table(rollup: TerritoryRollup, lang: Lang) -> RollupTable:
    return RollupTable(
        "kinds",
        label("by_kind", lang),
        (label("kind", lang), label("organisations", lang), label("engagements", lang)),
        tuple((k.kind.label(lang), k.organisations, k.engagements) for k in rollup.kinds),
    )


def sdgs_table(rollup: TerritoryRollup, lang: Lang) -> RollupTable:
    return RollupTable(
        "sdgs",
        label("by_sdg", lang),
        (
            label("sdg", lang),
            label("sdg_title", lang),
            label("alliances", lang),
            label("workshops_targeting", lang),
        ),
        tuple((s.number, sdg(s.number).title(lang), s.alliances, s.workshops) for s in rollup.sdgs),
    )


def needs_table(rollup: TerritoryRollup, lang: Lang) -> RollupTable:
    return RollupTable(
        "needs",
        label("by_need", lang),
        (label("need", lang), label("alliances", lang), label("workshops_tagged", lang)),
        tuple(
            (n.need.label(lang) if n.need else label("untagged", lang), n.alliances, n.workshops)
            for n in rollup.needs
        ),
    )


def commitments_table(rollup: TerritoryRollup, lang: Lang) -> RollupTable:
    """Every quarter × resource × unit × status with its count and quantity: the long table a
    spreadsheet pivots (quantities of abandoned commitments left empty: never summed)."""
    rows: list[tuple[Cell, ...]] = []
    statuses = (*SUMMED_STATUSES, CommitmentStatus.ABANDONNE)
    for quarter in rollup.quarters:
        for total in quarter.totals.resources:
            for status in statuses:
                count = (
                    total.dropped if status == CommitmentStatus.ABANDONNE else total.count(status)
                )
                if not count:
                    continue
                amount = total.amount(status) if status != CommitmentStatus.ABANDONNE else 0.0
                rows.append(
                    (
                        quarter_label(quarter.quarter, lang),
                        total.kind.label(lang),
                        _unit(total.unit, lang),
                        status.label(lang),
                        count,
                        _number(amount) if amount else None,
                    )
                )
    return RollupTable(
        "commitments",
        label("by_quarter", lang),
        tuple(
            label(k, lang) for k in ("quarter", "resource", "unit", "status", "count", "quantity")
        ),
        tuple(rows),
    )


def _unit(unit: str, lang: Lang) -> str:
    return UNITS_EN.get(unit, unit) if lang == "en" else unit


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


STATUS_COLUMNS = (
    CommitmentStatus.REALISE,
    CommitmentStatus.CONFIRME,
    CommitmentStatus.PROPOSE,
    CommitmentStatus.ABANDONNE,
)


def status_header(status: CommitmentStatus, lang: Lang) -> str:
    return label(status.value, lang)


def amounts_text(totals: Sequence[ResourceTotal], status: CommitmentStatus, lang: Lang) -> str:
    """One kind's amounts of one status, unit by unit ('4 500 €, 14 heures'); a unit with no
    quantity gives its number of commitments; abandoned ones are only counted."""
    parts = []
    for total in totals:
        if status == CommitmentStatus.ABANDONNE:
            count = total.dropped
            amount = 0.0
        else:
            count, amount = total.count(status), total.amount(status)
        if amount:
            parts.append(format_amount(amount, total.unit, lang, NNBSP))
        elif count:
            parts.append(commitments_count(count, lang))
    return ", ".join(parts)


def commitments_count(n: int, lang: Lang) -> str:
    word = label("commitment_one" if n == 1 else "commitment_many", lang)
    return f"{n}{NNBSP}{word}"


def by_kind_rows(totals: CommitmentTotals, lang: Lang) -> list[tuple[str, ...]]:
    """Resource | Réalisés | Confirmés | Proposés | Abandonnés, one row per kind (worded)."""
    rows = []
    for kind, group in groupby(totals.resources, lambda r: r.kind):  # in the kinds' order
        items = list(group)
        rows.append(
            (kind.label(lang), *(amounts_text(items, s, lang) or "—" for s in STATUS_COLUMNS))
        )
    return rows


def by_kind_headers(lang: Lang, first: str = "resource") -> tuple[str, ...]:
    return (label(first, lang), *(status_header(s, lang) for s in STATUS_COLUMNS))


def quarter_rows(rollup: TerritoryRollup, lang: Lang) -> list[tuple[str, ...]]:
    """Quarter | Resource | Réalisés | Confirmés | Proposés | Abandonnés, worded."""
    return [
        (quarter_label(q.quarter, lang), *row)
        for q in rollup.quarters
        for row in by_kind_rows(q.totals, lang)
    ]


def rollup_tables(rollup: TerritoryRollup, lang: Lang) -> list[RollupTable]:
    """Every table of the roll-up, in the order a reader takes them (the workbook's sheets)."""
    by_kind = RollupTable(
        "resources",
        label("by_resource", lang),
        by_kind_headers(lang),
        tuple(by_kind_rows(rollup.commitments, lang)),
    )
    return [
        workshops_table(rollup, lang),
        organisations_table(rollup, lang),
        kinds_table(rollup, lang),
        sdgs_table(rollup, lang),
        needs_table(rollup, lang),
        by_kind,
        commitments_table(rollup, lang),
    ]


# The charts' colours, the same on the screen and on paper (readable on white and projected).
STATUS_COLOURS: dict[CommitmentStatus, str] = {
    CommitmentStatus.REALISE: "#2E7D32",
    CommitmentStatus.CONFIRME: "#1F6FB2",
    CommitmentStatus.PROPOSE: "#E0A526",
    CommitmentStatus.ABANDONNE: "#9AA5AF",
}
NEED_COLOURS: dict[CatalystNeed | None, str] = {
    CatalystNeed.DIALOGUE_TERRITORIAL: "#19486A",
    CatalystNeed.ACCOMPAGNEMENT_PARTENARIATS: "#2E9E5B",
    CatalystNeed.EXPERIMENTATION_COLLECTIVE: "#D35400",
    CatalystNeed.TIERS_LIEUX: "#8E44AD",
    None: "#9AA5AF",
}
# The statuses the chart of commitments over time draws side by side (never stacked: a
# proposed commitment is never added to a confirmed one).
CHART_STATUSES = (CommitmentStatus.REALISE, CommitmentStatus.CONFIRME, CommitmentStatus.PROPOSE)
